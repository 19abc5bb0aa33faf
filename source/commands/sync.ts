import {readFileSync} from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import {displayPath} from '../core/files.js';
import {type Clinic, loadClinic} from '../core/content/clinic.js';
import {usageError} from '../core/errors.js';
import {sanitizeLine} from '../core/text/sanitize.js';
import {formatPlan, formatSummary, reportJson} from '../core/sync/report.js';
import {syncFeed} from '../core/sync/sync.js';
import {bundledContent} from '../args/options.js';
import {type Command, type Context, syncedContentDirectory, warn, write} from '../io/context.js';

/** The flags only `sync` reads. */
export type SyncFlags = {readonly dryRun?: boolean; readonly ifDue?: boolean};

function userAgent(): string {
	const {version} = JSON.parse(readFileSync(path.join(bundledContent, '..', 'package.json'), 'utf8')) as {version: string};
	return `clinic-read/${version} (feed sync)`;
}

/**
Node's fetch parses HTTP with llhttp in WebAssembly, and V8 then optimises that module in the background; Node waits
for the job at exit, about 200 ms after the sync is done, every run. The baseline compiler is plenty for one request.
Nothing else in this process uses WebAssembly (the Ink paths, with yoga, never run sync).
*/
function fetchWithoutWasmTierUp(): typeof globalThis.fetch {
	v8.setFlagsFromString('--liftoff-only');
	return async (input, init) => globalThis.fetch(input, init);
}

/** A web address to fetch, or a usage error naming what was given. */
function feedAddress(value: string | undefined, clinicFile: string): string {
	if (value === undefined) {
		throw usageError(`sync needs the clinic's feed: give its address (clinic-read sync https://…) or add "feed:" to ${clinicFile}`);
	}

	try {
		const url = new URL(value);
		if (/^https?:$/.test(url.protocol) && url.hostname !== '') {
			return url.href;
		}
	} catch {
		// Reported below.
	}

	throw usageError(`"${sanitizeLine(value)}" is not a web address; sync takes an http:// or https:// feed or blog page`);
}

function clinicOrNothing(directory: string, needed: boolean): Clinic | undefined {
	try {
		return loadClinic(directory);
	} catch (error) {
		if (needed) {
			throw error;
		}

		return undefined;
	}
}

function progress(context: Context): ((done: number, total: number) => void) | undefined {
	// On a terminal only, and only when there is enough to wait for; a pipe or a log gets just the summary.
	return context.stderr.isTTY
		? (done, total) => {
			if (total >= 20) {
				context.stderr.write(done === total ? '\r\u001B[2K' : `\rsync: writing ${done}/${total}`);
			}
		}
		: undefined;
}

/**
`sync [URL] [--dry-run] [--json] [--if-due]`: bring the clinic's feed into <content>/posts/. Without a content folder,
into the user's data folder, so the installed package is never written.
*/
export function sync(flags: SyncFlags): Command {
	return async context => {
		if (context.args.length > 1) {
			throw usageError('sync takes one web address at most; put the content folder in --content');
		}

		const bundled = context.options.contentDirectory === bundledContent;
		const contentDirectory = bundled ? syncedContentDirectory() : context.options.contentDirectory;
		const clinicDirectory = bundled ? bundledContent : contentDirectory;
		const clinic = clinicOrNothing(clinicDirectory, context.args[0] === undefined);
		const url = feedAddress(context.args[0] ?? clinic?.feed, path.join(clinicDirectory, 'clinic.yml'));
		const dryRun = flags.dryRun ?? false;
		const report = await syncFeed({
			url,
			contentDirectory,
			fetch: fetchWithoutWasmTierUp(),
			userAgent: userAgent(),
			now: () => new Date(),
			...(clinic?.timezone === undefined ? {} : {timeZone: clinic.timezone}),
			dryRun,
			ifDue: flags.ifDue ?? false,
			onProgress: progress(context),
		});

		const cwd = process.cwd();
		const show = (file: string) => sanitizeLine(displayPath(file, cwd));
		if (report.due) {
			if (report.movedTo !== undefined) {
				warn(context, `${report.url} has moved for good to ${report.movedTo}; put the new address in clinic.yml (feed:)`);
			}

			for (const entry of report.entries.filter(entry => entry.action === 'skipped')) {
				warn(context, `${show(entry.file)} is written by hand; the feed's "${entry.title}" was not synced over it`);
			}
		}

		if (context.options.json) {
			await write(context.stdout, `${JSON.stringify(reportJson(report, dryRun, show), undefined, 2)}\n`);
		} else {
			const plan = dryRun && report.due ? formatPlan(report.entries, show) : [];
			await write(context.stdout, [...plan, formatSummary(report, dryRun)].map(line => `${line}\n`).join(''));
		}

		return 0;
	};
}
