import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {type Catalog, comparePosts, loadCatalog, postsDirectory} from '../content/catalog.js';
import {type Clinic, clinicFile, loadClinic} from '../content/clinic.js';
import {capMessage} from '../text/sanitize.js';
import {mergeCatalogs} from '../content/merge.js';
import type {Post} from '../content/post.js';
import {loadNotices, type Notice, noticesDirectory} from '../notices/notices.js';

/** What the kiosk shows from a content folder, as of the last reload that changed something. */
export type ContentState = {
	readonly posts: readonly Post[];
	readonly clinic: Clinic;
	/** Every notice that parses, active or not: the display decides minute by minute which ones show. */
	readonly notices: readonly Notice[];
	/** The folder or its posts/ folder is missing: standby until it comes back. */
	readonly missing: boolean;
	/** Problems found by the last reload, one line each; the posts concerned keep their last good version. */
	readonly problems: readonly string[];
	/** The newest problem seen since start, for the status file. */
	readonly lastError?: string;
	/** Counts reloads that changed something, so a watcher can tell a new state from the same one. */
	readonly version: number;
	/** When the last reload that changed something happened (epoch ms), for the fleet metrics. */
	readonly changedAt?: number;
};

export type ContentLoader = {
	/** The folders whose changes matter: the content folder, its posts/ and notices/, and the synced posts/ if any. */
	readonly folders: readonly string[];
	readonly current: () => ContentState;
	/** Re-read the folder if its signature changed; true when the state is new. */
	readonly refresh: () => boolean;
};

function stamp(file: string): string {
	try {
		const stats = statSync(file);
		return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
	} catch {
		return '-';
	}
}

function markdownNames(directory: string): string[] | undefined {
	try {
		return readdirSync(directory).filter(name => name.endsWith('.md')).sort();
	} catch {
		return undefined;
	}
}

/**
A cheap fingerprint of a content folder: clinic.yml, every posts/*.md and notices/*.md by inode, size and mtime. Any
add, edit, rename-replace or removal changes it. Undefined when the posts folder cannot be read.
*/
export function contentSignature(contentDirectory: string): string | undefined {
	const directory = postsDirectory(contentDirectory);
	const names = markdownNames(directory);
	if (names === undefined) {
		return undefined;
	}

	const notices = noticesDirectory(contentDirectory);
	return [
		stamp(clinicFile(contentDirectory)),
		...names.map(name => `${name}=${stamp(path.join(directory, name))}`),
		...(markdownNames(notices) ?? []).map(name => `notices/${name}=${stamp(path.join(notices, name))}`),
	].join('\n');
}

function slugsOnDisk(contentDirectory: string): string[] {
	return (markdownNames(postsDirectory(contentDirectory)) ?? []).map(name => name.slice(0, -3).toLowerCase());
}

/** The synced posts' share of the signature: their folder may come and go without taking the display down. */
function syncedSignature(syncedDirectory: string): string {
	const directory = postsDirectory(syncedDirectory);
	return (markdownNames(directory) ?? []).map(name => `synced/${name}=${stamp(path.join(directory, name))}`).join('\n');
}

/**
Load a content folder and reload it when it changes. A post whose file is still there but no longer parses keeps its
last good version; a removed file takes its post away. A broken clinic.yml keeps the last good clinic. With a synced
folder (the bundled posts' companion that `sync` fills), its posts are shown beside the folder's own, as `list` does.
*/
export function createContentLoader(contentDirectory: string, initialClinic: Clinic, syncedDirectory?: string): ContentLoader {
	const lastGood = new Map<string, Post>();
	let signature: string | undefined | null = null;
	let state: ContentState = {posts: [], clinic: initialClinic, notices: [], missing: true, problems: [], version: 0};
	const loadEveryPost = (): Catalog => {
		const own = loadCatalog(contentDirectory);
		// No synced folder yet is normal (sync has not run): nothing to merge, nothing to report.
		return syncedDirectory === undefined || !existsSync(postsDirectory(syncedDirectory)) ? own : mergeCatalogs(own, loadCatalog(syncedDirectory));
	};

	const reload = (next: string | undefined): ContentState => {
		const {posts, warnings} = next === undefined ? {posts: [], warnings: []} : loadEveryPost();
		const onDisk = new Set(next === undefined ? [] : [contentDirectory, syncedDirectory].flatMap(folder => folder === undefined ? [] : slugsOnDisk(folder)));
		for (const post of posts) {
			lastGood.set(post.slug, post);
		}

		for (const slug of lastGood.keys()) {
			if (!onDisk.has(slug)) {
				lastGood.delete(slug);
			}
		}

		const noticeCatalog = next === undefined ? {notices: [], warnings: []} : loadNotices(contentDirectory);
		const problems = [...warnings, ...noticeCatalog.warnings];
		let {clinic} = state;
		if (next !== undefined) {
			try {
				clinic = loadClinic(contentDirectory, message => problems.push(message));
			} catch (error) {
				problems.push(capMessage((error as Error).message));
			}
		}

		const lastError = problems.at(-1) ?? state.lastError;
		return {
			posts: [...lastGood.values()].sort(comparePosts),
			clinic,
			notices: noticeCatalog.notices,
			missing: next === undefined,
			problems,
			...(lastError === undefined ? {} : {lastError}),
			version: state.version + 1,
			changedAt: Date.now(),
		};
	};

	return {
		folders: [contentDirectory, postsDirectory(contentDirectory), noticesDirectory(contentDirectory), ...(syncedDirectory === undefined ? [] : [postsDirectory(syncedDirectory)])],
		current: () => state,
		refresh() {
			const own = contentSignature(contentDirectory);
			const next = own === undefined || syncedDirectory === undefined ? own : `${own}\n${syncedSignature(syncedDirectory)}`;
			if (next === signature) {
				return false;
			}

			signature = next;
			state = reload(next);
			return true;
		},
	};
}
