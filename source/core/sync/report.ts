import type {PlanAction, PlanEntry} from './plan.js';
import type {SyncReport} from './sync.js';

type Done = Extract<SyncReport, {due: true}>;

export function countActions(report: Done): Record<PlanAction, number> {
	const counts: Record<PlanAction, number> = {new: 0, updated: 0, unchanged: 0, skipped: 0};
	for (const entry of report.entries) {
		counts[entry.action]++;
	}

	// Nothing changed at the server: every synced post stays as it is.
	if (report.entries.length === 0) {
		counts.unchanged = report.syncedPosts;
	}

	return counts;
}

/** `sync: 2 new, 1 updated, 9 unchanged, 1 skipped (written by hand) — 200 OK`. */
export function formatSummary(report: SyncReport, dryRun: boolean): string {
	if (!report.due) {
		return `sync: not due until ${report.dueAt} (the last attempt was recent, or the server asked to wait); nothing fetched`;
	}

	const counts = countActions(report);
	const parts = [`${counts.new} new`, `${counts.updated} updated`, `${counts.unchanged} unchanged`];
	if (counts.skipped > 0) {
		parts.push(`${counts.skipped} skipped (written by hand)`);
	}

	return `sync${dryRun ? ' (dry run, nothing written)' : ''}: ${parts.join(', ')} — ${report.status} ${report.statusText}`;
}

/** One line per post the sync would touch, for --dry-run: `new       posts/knee-pain.md  Knee pain`. */
export function formatPlan(entries: readonly PlanEntry[], showFile: (file: string) => string): string[] {
	return entries.filter(entry => entry.action !== 'unchanged').map(entry => `${entry.action.padEnd(9)} ${showFile(entry.file)}  ${entry.title}`);
}

/** What `sync --json` prints: the counts and every post with its action, without the files' text. */
export function reportJson(report: SyncReport, dryRun: boolean, showFile: (file: string) => string): unknown {
	if (!report.due) {
		return {due: false, dueAt: report.dueAt};
	}

	return {
		due: true,
		dryRun,
		url: report.url,
		feedUrl: report.feedUrl,
		movedTo: report.movedTo ?? null,
		status: report.status,
		...countActions(report),
		posts: report.entries.map(({action, slug, file, title, reason}) => ({action, slug, file: showFile(file), title, ...(reason === undefined ? {} : {reason})})),
	};
}
