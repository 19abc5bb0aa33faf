import {statSync} from 'node:fs';
import {type Catalog, comparePosts, loadCatalog, postsDirectory} from '../content/catalog.js';
import {type Clinic, clinicFile, loadClinic} from '../content/clinic.js';
import {capMessage} from '../text/sanitize.js';
import {mergeCatalogs} from '../content/merge.js';
import type {Post} from '../content/post.js';
import {loadNotices, type Notice, type NoticeCatalog, noticesDirectory} from '../notices/notices.js';
import type {PostIndex} from '../content/post-index.js';
import {folderStamps, type FolderStamps} from './folder-stamps.js';

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
	/**
	Look for changes and reload what changed; true when the state is new. Of the folders in `watched` (a live watcher
	reports edits there, and its event calls this without `watched`) only a share of the files is statted per call, in
	turn; of the others, every file. A call that finds nothing changed reads no post and keeps the state as it is.
	*/
	readonly refresh: (watched?: ReadonlySet<string>) => boolean;
};

/** The catalogue index of a content folder (io/context.ts's, in the user's cache folder), opened for one load. */
export type OpenIndex = (contentDirectory: string) => PostIndex;

/**
Of a watched folder, the share of its files statted per rescan: a folder of up to `statWholeUpTo` files
(folder-stamps.ts) is looked at whole every 30 s, a thousand stats taking a few milliseconds; in a larger one, each
file is looked at within five minutes even if its watcher missed an edit in place, for a tenth of the cost.
*/
export const watchedShare = 0.1;

/** A file's inode, size and time; "-" when it cannot be statted. */
function fileStamp(file: string): string {
	const stats = statSync(file, {throwIfNoEntry: false});
	return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : '-';
}

/**
The index, except for the files in `replaced`: the kiosk saw those change (a new inode, say, after an editor's
rename-save that kept the size and time), so they are read again whatever their size and time say.
*/
function indexIgnoring(index: PostIndex, replaced: ReadonlySet<string>): PostIndex {
	return replaced.size === 0 ? index : {...index, lookup: (name, size, mtimeMs) => (replaced.has(name) ? undefined : index.lookup(name, size, mtimeMs))};
}

const noCatalog: Catalog = {posts: [], warnings: []};

/**
Load a content folder and reload it when it changes. A post whose file is still there but no longer parses keeps its
last good version; a removed file takes its post away. A broken clinic.yml keeps the last good clinic. With a synced
folder (the bundled posts' companion that `sync` fills), its posts are shown beside the folder's own, as `list` does.
With `openIndex`, posts are read through the catalogue index, so a post is parsed again only when its file changed.
*/
export function createContentLoader(contentDirectory: string, initialClinic: Clinic, syncedDirectory?: string, openIndex?: OpenIndex): ContentLoader {
	const lastGood = new Map<string, Post>();
	const ownPosts = folderStamps(postsDirectory(contentDirectory));
	const noticeFiles = folderStamps(noticesDirectory(contentDirectory));
	const syncedPosts = syncedDirectory === undefined ? undefined : folderStamps(postsDirectory(syncedDirectory));
	let clinicStamp: string | undefined;
	let own = noCatalog;
	let synced = noCatalog;
	let postWarnings: readonly string[] = [];
	let noticeCatalog: NoticeCatalog = {notices: [], warnings: []};
	let clinicProblems: string[] = [];
	let state: ContentState = {posts: [], clinic: initialClinic, notices: [], missing: true, problems: [], version: 0};
	const load = (folder: string, stamps: FolderStamps): Catalog => loadCatalog(folder, openIndex ? indexIgnoring(openIndex(folder), stamps.changedNames()) : undefined);

	const reloadPosts = (ownChanged: boolean, syncedChanged: boolean): readonly Post[] => {
		own = ownChanged ? load(contentDirectory, ownPosts) : own;
		// No synced folder yet is normal (sync has not run): nothing to merge, nothing to report.
		synced = syncedChanged ? (syncedPosts?.present() ? load(syncedDirectory!, syncedPosts) : noCatalog) : synced;
		const {posts, warnings} = syncedPosts?.present() ? mergeCatalogs(own, synced) : own;
		postWarnings = warnings;
		const onDisk = new Set([...ownPosts.names(), ...(syncedPosts?.names() ?? [])].map(name => name.slice(0, -'.md'.length).toLowerCase()));
		for (const post of posts) {
			lastGood.set(post.slug, post);
		}

		for (const slug of lastGood.keys()) {
			if (!onDisk.has(slug)) {
				lastGood.delete(slug);
			}
		}

		return [...lastGood.values()].sort(comparePosts);
	};

	const reloadClinic = (): Clinic => {
		clinicProblems = [];
		try {
			return loadClinic(contentDirectory, message => clinicProblems.push(message));
		} catch (error) {
			clinicProblems.push(capMessage((error as Error).message));
			return state.clinic;
		}
	};

	return {
		folders: [contentDirectory, postsDirectory(contentDirectory), noticesDirectory(contentDirectory), ...(syncedDirectory === undefined ? [] : [postsDirectory(syncedDirectory)])],
		current: () => state,
		refresh(watched) {
			const share = (stamps: FolderStamps, folder: string) => stamps.check(watched?.has(folder) ? watchedShare : 1);
			// Every part is checked (no short cut): each check brings its stamps up to date.
			const ownChanged = share(ownPosts, postsDirectory(contentDirectory));
			const syncedChanged = syncedPosts ? share(syncedPosts, postsDirectory(syncedDirectory!)) : false;
			const noticesChanged = share(noticeFiles, noticesDirectory(contentDirectory));
			const clinicNow = fileStamp(clinicFile(contentDirectory));
			const clinicChanged = clinicNow !== clinicStamp;
			clinicStamp = clinicNow;
			if (!ownChanged && !syncedChanged && !noticesChanged && !clinicChanged) {
				return false;
			}

			const missing = !ownPosts.present();
			if (missing) {
				own = noCatalog;
				synced = noCatalog;
				postWarnings = [];
				lastGood.clear();
			}

			const posts = missing ? [] : (ownChanged || syncedChanged || state.missing ? reloadPosts(ownChanged || state.missing, syncedChanged || state.missing) : state.posts);
			noticeCatalog = missing ? {notices: [], warnings: []} : (noticesChanged || state.missing ? loadNotices(contentDirectory) : noticeCatalog);
			const clinic = missing ? state.clinic : (clinicChanged || state.missing ? reloadClinic() : state.clinic);
			const problems = missing ? [] : [...postWarnings, ...noticeCatalog.warnings, ...clinicProblems];
			const lastError = problems.at(-1) ?? state.lastError;
			state = {
				posts,
				clinic,
				notices: noticeCatalog.notices,
				missing,
				problems,
				...(lastError === undefined ? {} : {lastError}),
				version: state.version + 1,
				changedAt: Date.now(),
			};
			return true;
		},
	};
}
