import {createHash} from 'node:crypto';
import {mkdirSync} from 'node:fs';
import {postsDirectory} from '../content/catalog.js';
import {UserError} from '../errors.js';
import {sanitizeLine} from '../text/sanitize.js';
import {writeFileAtomically} from '../files.js';
import {decodeBody, looksLikeHtml} from './decode.js';
import {FetchError} from './errors.js';
import {type Fetched, fetchFeed, type FetchOptions} from './fetch-feed.js';
import {normalizeFeed, type NormalizedFeed} from './normalize.js';
import {type PlanEntry, planSync} from './plan.js';
import {afterFailure, dueAt, isDue} from './schedule.js';
import {withSyncLock} from './lock.js';
import {readSyncState, type SyncState, syncStateFile, writeSyncState} from './state.js';
import {readExistingPosts} from './synced-post.js';

export type SyncRequest = Pick<FetchOptions, 'fetch' | 'userAgent' | 'now' | 'timeoutMs' | 'maxBytes'> & {
	readonly url: string;
	readonly contentDirectory: string;
	/** The clinic's zone, for the posts' dates. */
	readonly timeZone?: string;
	/** Fetch and plan, write nothing (not even the state). */
	readonly dryRun: boolean;
	/** Do nothing unless the schedule says it is time (the timer's mode). */
	readonly ifDue: boolean;
	readonly onProgress?: (done: number, total: number) => void;
};

export type SyncReport =
	| {readonly due: false; readonly dueAt: string}
	| {
		readonly due: true;
		readonly url: string;
		/** The feed itself, when `url` is a page that links to it. */
		readonly feedUrl: string;
		/** The address `url` moved to for good (301/308): clinic.yml should say this now. */
		readonly movedTo?: string;
		readonly status: 200 | 304;
		readonly statusText: string;
		/** One per feed item; empty when nothing changed at the server (304, or the same body). */
		readonly entries: readonly PlanEntry[];
		/** Synced posts already in the folder, counted as unchanged when the feed is. */
		readonly syncedPosts: number;
	};

type Resolved = {readonly fetched: Fetched; readonly feedUrl: string; readonly feed?: NormalizedFeed; readonly movedTo?: string};

// The feed parser, the page reader and the HTML converter load only when a body has to be read: a 304 or an
// unchanged body (the hourly timer's usual case) needs none of them.
async function parse(text: string, url: string): Promise<NormalizedFeed> {
	const {parseFeed} = await import('feedsmith');
	try {
		return normalizeFeed(parseFeed(text));
	} catch (error) {
		throw new FetchError(`${url}: not a feed (${sanitizeLine((error as Error).message)}; RSS, Atom, RDF and JSON Feed are understood); check the address`);
	}
}

/** A page that is not a feed: its announced feeds, then the usual paths on its site; the first that parses wins. */
async function discover(page: Fetched, text: string, request: SyncRequest): Promise<Resolved> {
	const {commonFeedUrls, findFeedLinks} = await import('./discover.js');
	const announced = findFeedLinks(text, page.url);
	for (const candidate of announced.length > 0 ? announced : commonFeedUrls(page.url)) {
		try {
			const fetched = await fetchFeed(candidate, request);
			const body = fetched.status === 200 ? decodeBody(fetched.body, fetched.contentType) : '';
			if (!looksLikeHtml(body)) {
				return {fetched, feedUrl: fetched.movedTo ?? candidate, feed: await parse(body, fetched.url)};
			}
		} catch (error) {
			if (announced.length > 0 || !(error instanceof FetchError)) {
				throw error;
			}
		}
	}

	throw new FetchError(`${page.url}: a web page that names no feed (no <link rel="alternate">, nothing at /feed or /rss.xml); give the feed's own address`);
}

async function resolve(request: SyncRequest, state: SyncState): Promise<Resolved> {
	const known = state.url === request.url;
	const target = known && state.feedUrl ? state.feedUrl : request.url;
	const validators = known ? {...(state.etag === undefined ? {} : {etag: state.etag}), ...(state.lastModified === undefined ? {} : {lastModified: state.lastModified})} : {};
	let fetched: Fetched;
	try {
		fetched = await fetchFeed(target, {...request, validators});
	} catch (error) {
		// The page may have moved its feed: look again from the page.
		if (target === request.url || !(error instanceof FetchError) || (error.status !== 404 && error.status !== 410)) {
			throw error;
		}

		return resolve(request, {});
	}

	// Only the address the person gave (or clinic.yml holds) is reported as moved.
	const moved = target === request.url && fetched.movedTo !== undefined ? {movedTo: fetched.movedTo} : {};
	if (fetched.status === 304 || (known && state.bodyHash === hash(fetched.body))) {
		return {fetched, feedUrl: fetched.movedTo ?? target, ...moved};
	}

	const text = decodeBody(fetched.body, fetched.contentType);
	if (looksLikeHtml(text)) {
		return {...await discover(fetched, text, request), ...moved};
	}

	return {fetched, feedUrl: fetched.movedTo ?? target, feed: await parse(text, fetched.url), ...moved};
}

function hash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function writeEntries(entries: readonly PlanEntry[], onProgress?: (done: number, total: number) => void): void {
	const writes = entries.filter(entry => entry.text !== undefined);
	for (const [index, entry] of writes.entries()) {
		try {
			writeFileAtomically(entry.file, entry.text!);
		} catch (error) {
			throw new UserError(`cannot write ${entry.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check that the folder is writable`);
		}

		onProgress?.(index + 1, writes.length);
	}
}

async function syncUnlocked(request: SyncRequest): Promise<SyncReport> {
	const stateFile = syncStateFile(request.contentDirectory);
	const state = readSyncState(stateFile);
	const now = request.now();
	if (request.ifDue && !isDue(state, now)) {
		return {due: false, dueAt: dueAt(state)!.toISOString()};
	}

	let resolved: Resolved;
	try {
		resolved = await resolve(request, state);
	} catch (error) {
		if (error instanceof FetchError && !request.dryRun) {
			writeSyncState(stateFile, {...state, ...afterFailure(state, now, error.retryAfter)});
		}

		throw error;
	}

	const {fetched, feedUrl, feed, movedTo} = resolved;
	const directory = postsDirectory(request.contentDirectory);
	const existing = readExistingPosts(directory);
	const fetchedAt = now.toISOString();
	const {preparePost} = feed === undefined ? {} : await import('./prepare.js');
	const entries = feed === undefined || preparePost === undefined ? [] : planSync(feed.items.map(item => preparePost(item, now, request.timeZone)), existing, directory, fetchedAt);
	if (!request.dryRun) {
		mkdirSync(directory, {recursive: true});
		writeEntries(entries, request.onProgress);
		const {nextAllowed: _nextAllowed, ...kept} = state;
		writeSyncState(stateFile, {
			...kept,
			url: request.url,
			...(feedUrl === request.url ? {feedUrl: undefined} : {feedUrl}),
			etag: fetched.etag ?? (fetched.status === 304 ? state.etag : undefined),
			lastModified: fetched.lastModified ?? (fetched.status === 304 ? state.lastModified : undefined),
			bodyHash: fetched.status === 304 ? state.bodyHash : hash(fetched.body),
			lastAttempt: fetchedAt,
			lastSuccess: fetchedAt,
			failures: 0,
		});
	}

	return {
		due: true,
		url: request.url,
		feedUrl,
		...(movedTo === undefined ? {} : {movedTo}),
		status: fetched.status,
		statusText: fetched.statusText,
		entries,
		syncedPosts: [...existing.values()].filter(post => post.sourceId !== undefined).length,
	};
}

/**
Bring a feed into `<content>/posts/`: one conditional request, then only the posts that are new or changed, each
written atomically, under the folder's sync lock. Any fault leaves every post as it was and throws a UserError.
*/
export async function syncFeed(request: SyncRequest): Promise<SyncReport> {
	if (request.dryRun) {
		return syncUnlocked(request);
	}

	mkdirSync(request.contentDirectory, {recursive: true});
	return withSyncLock(request.contentDirectory, async () => syncUnlocked(request));
}
