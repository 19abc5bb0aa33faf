import type {Post} from './post.js';
import {nextWindowChange, windowPhase, type WindowPhase} from './schedule.js';

const windowOf = (post: Post) => ({...(post.showFrom === undefined ? {} : {from: post.showFrom}), ...(post.showUntil === undefined ? {} : {until: post.showUntil})});

/** Where a post is against its `show_from`/`show_until` at `now`: not yet, shown, or over. */
export function postPhase(post: Post, now: number, timeZone: string): WindowPhase {
	return windowPhase(windowOf(post), now, timeZone);
}

/** Pinned posts first, newest pinned first; the rest keep their order (newest first). */
export function pinnedFirst(posts: readonly Post[]): readonly Post[] {
	const pinned = posts.filter(post => post.pinned);
	return pinned.length === 0 ? posts : [...pinned, ...posts.filter(post => !post.pinned)];
}

/** The posts readers and the kiosk see at `now`: inside their show window, pinned first. */
export function visiblePosts(posts: readonly Post[], now: number, timeZone: string): readonly Post[] {
	return pinnedFirst(posts.filter(post => postPhase(post, now, timeZone) === 'during'));
}

/** When the visible set changes next: a post's window opens or closes. */
export function nextPostChange(posts: readonly Post[], now: number, timeZone: string): number | undefined {
	return nextWindowChange(posts.filter(post => post.showFrom !== undefined || post.showUntil !== undefined).map(post => windowOf(post)), now, timeZone);
}

/** The visible posts of `of` from `from` until the next window change (`until`; undefined: for good). */
export type VisibleSpan = {readonly of: readonly Post[]; readonly timeZone: string; readonly from: number; readonly until: number | undefined; readonly posts: readonly Post[]};

/** visiblePosts at `now`, with how long it holds: a display that ticks every minute need not go through every post each time. */
export function visibleSpan(posts: readonly Post[], now: number, timeZone: string): VisibleSpan {
	return {of: posts, timeZone, from: now, until: nextPostChange(posts, now, timeZone), posts: visiblePosts(posts, now, timeZone)};
}

/** Whether `span` is still what visibleSpan would give at `now`; a clock set back before its start leaves it too. */
export function spanHolds(span: VisibleSpan, posts: readonly Post[], now: number, timeZone: string): boolean {
	return span.of === posts && span.timeZone === timeZone && now >= span.from && (span.until === undefined || now < span.until);
}
