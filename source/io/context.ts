import type {Readable, Writable} from 'node:stream';
import {existsSync} from 'node:fs';
import {homedir} from 'node:os';
import envPaths from 'env-paths';
import {type Catalog, loadCatalog, postsDirectory} from '../core/content/catalog.js';
import {mergeCatalogs} from '../core/content/merge.js';
import {openPostIndex} from '../core/content/post-index.js';
import {savedLater} from './index-saves.js';
import {cacheFile} from './cache-files.js';
import {type Clinic, loadClinic} from '../core/content/clinic.js';
import type {Post} from '../core/content/post.js';
import {loadNotices, type Notice} from '../core/notices/notices.js';
import {defaultTimeZone} from '../core/content/zoned-time.js';
import type {WindowPhase} from '../core/content/schedule.js';
import {pinnedFirst, postPhase, visiblePosts} from '../core/content/visible.js';
import {legacyStateDirectory, migrateStateFolder, stateDirectory} from '../core/marks/state-folder.js';
import {capMessage} from '../core/text/sanitize.js';
import {bundledContent, type Environment, type Options} from '../args/options.js';

export {savePostIndexes} from './index-saves.js';
export {saveFailure} from '../core/marks/read-marks.js';

export type OutputStream = Writable & {readonly isTTY?: boolean; readonly columns?: number; readonly rows?: number};
export type InputStream = Readable & {readonly isTTY?: boolean};

/** Everything a command may touch; cli.ts builds it from the process, tests from fakes. */
export type Context = {
	readonly options: Options;
	readonly args: readonly string[];
	readonly env: Environment;
	readonly stdout: OutputStream;
	readonly stderr: OutputStream;
	readonly stdin: InputStream;
};

export type Command = (context: Context) => Promise<number>;

/** Write and wait until the stream has taken it, so exiting never cuts piped output short. */
export async function write(stream: Writable, text: string): Promise<void> {
	return new Promise((resolve, reject) => {
		stream.write(text, error => {
			if (error) {
				reject(error);
			} else {
				resolve();
			}
		});
	});
}

export function warn(context: Context, message: string): void {
	context.stderr.write(`clinic-read: warning: ${capMessage(message)}\n`);
}

let stateFolder: string | undefined;

/**
The folder of read marks and the post index: CLINIC_READ_CONFIG_DIR, else the state folder. The first time, an old
clinic-read-nodejs folder is moved there (one line says so); if it cannot be moved, it stays in use, marks kept.
*/
export function stateDirectoryOf(context: Context): string {
	if (context.options.configDirectory) {
		return context.options.configDirectory;
	}

	if (stateFolder === undefined) {
		const place = {env: context.env, home: homedir(), platform: process.platform};
		const legacy = legacyStateDirectory(place);
		stateFolder = stateDirectory(place);
		try {
			const moved = migrateStateFolder(legacy, stateFolder);
			if (moved) {
				context.stderr.write(`clinic-read: ${moved}\n`);
			}
		} catch (error) {
			warn(context, `cannot move ${legacy} to ${stateFolder} (${(error as NodeJS.ErrnoException).code ?? 'error'}); still using the old folder`);
			stateFolder = legacy;
		}
	}

	return stateFolder;
}

/** Where `sync` keeps posts when no content folder is given: never inside the installed package. */
export function syncedContentDirectory(): string {
	// env-paths honours XDG_DATA_HOME; no "-nodejs" suffix, so the folder is plainly "clinic-read".
	return envPaths('clinic-read', {suffix: ''}).data;
}

/** The catalogue index of a content folder: in the user's cache folder, one file per folder, safe to delete. */
export function postIndexFile(contentDirectory: string): string {
	return cacheFile('index', contentDirectory);
}

function loadIndexedCatalog(contentDirectory: string, saveLater = false): Catalog {
	const index = openPostIndex(postIndexFile(contentDirectory));
	return loadCatalog(contentDirectory, saveLater ? savedLater(index) : index);
}

/** The clinic's zone for reading show windows; a missing or broken clinic.yml is the command's own business. */
function timeZoneOf(context: Context): string {
	try {
		return loadClinic(context.options.contentDirectory).timezone ?? defaultTimeZone;
	} catch {
		return defaultTimeZone;
	}
}

/**
The posts, pinned first, then newest first; skipped posts are reported on stderr, one line each. Posts outside their
show window are left out, unless --all-dates asks for every one. Without a content folder, the bundled posts and the
synced ones (from the data folder, once `sync` has run) are listed together.
*/
export function loadPosts(context: Context, {saveIndexLater = false} = {}): readonly Post[] {
	const posts = loadEveryPost(context, saveIndexLater);
	if (context.options.allDates) {
		return pinnedFirst(posts);
	}

	return posts.some(post => post.showFrom !== undefined || post.showUntil !== undefined) ? visiblePosts(posts, Date.now(), timeZoneOf(context)) : pinnedFirst(posts);
}

/** Whether a post is outside its show window now ("before" or "after"), for list --all-dates to mark it. */
export function postPhaseNow(context: Context): (post: Post) => WindowPhase {
	const timeZone = timeZoneOf(context);
	const now = Date.now();
	return post => postPhase(post, now, timeZone);
}

function loadEveryPost(context: Context, saveIndexLater: boolean): readonly Post[] {
	const {contentDirectory} = context.options;
	let catalog = loadIndexedCatalog(contentDirectory, saveIndexLater);
	const synced = syncedContentDirectory();
	if (contentDirectory === bundledContent && existsSync(postsDirectory(synced))) {
		catalog = mergeCatalogs(catalog, loadIndexedCatalog(synced, saveIndexLater));
	}

	const {posts, warnings} = catalog;
	for (const message of warnings) {
		warn(context, message);
	}

	return posts;
}

/** Every notice file that parses (active or not); bad ones are reported on stderr, one line each. */
export function loadAllNotices(context: Context): readonly Notice[] {
	const {notices, warnings} = loadNotices(context.options.contentDirectory);
	for (const message of warnings) {
		warn(context, message);
	}

	return notices;
}

export function clinicOf(context: Context): Clinic {
	return loadClinic(context.options.contentDirectory, message => {
		warn(context, message);
	});
}

/** The full-screen reader needs a keyboard and a screen, and a terminal that can draw one (not TERM=dumb). */
export function isInteractive(context: Context): boolean {
	return Boolean(context.stdin.isTTY && context.stdout.isTTY) && context.env['TERM'] !== 'dumb';
}
