import {filterPosts} from '../content/filter.js';
import type {Post} from '../content/post.js';
import type {ArticleLink, Heading} from '../render/outline.js';
import {clampIndex, scrollToShow} from './viewport.js';

export type Screen = 'list' | 'article' | 'contact' | 'help' | 'contents' | 'links' | 'confirm';

export type TextEntry = {readonly editing: boolean; readonly query: string};

export type State = {
	readonly screen: Screen;
	/** Where contact, help and the other overlays return to. */
	readonly behind: 'list' | 'article';
	/** A post opened straight from the shell (`read 3`) quits on q, as `less FILE` does; from the list, q goes back. */
	readonly origin: 'shell' | 'list';
	readonly selected: number;
	readonly listTop: number;
	readonly filter: TextEntry;
	/** With "only unread" on: the posts that were read when it was turned on, hidden until it is turned off. */
	readonly hidden?: ReadonlySet<string>;
	readonly slug?: string;
	/** Scroll position per post, so reopening a post returns to where you left it. */
	readonly offsets: Readonly<Record<string, number>>;
	/** Positions kept from earlier runs, as a fraction of the post's lines; used the first time a post opens. */
	readonly saved: Readonly<Record<string, number>>;
	readonly search: TextEntry & {readonly match: number};
	readonly read: ReadonlySet<string>;
	/** The highlighted row and first shown row of an overlay (help, contents, links). */
	readonly menu: {readonly cursor: number; readonly top: number};
	/** Digits typed before a key that takes a count (12G, 50%, 3 in the links). */
	readonly count: string;
	/** One line for the status bar, until the next key. */
	readonly notice?: string;
	/** Space at the end of a post offered this unread post; another Space opens it. */
	readonly offer?: string;
};

/** What the reducer needs to know about the screen; supplied by the app, so this module stays pure. */
export type Environment = {
	readonly posts: readonly Post[];
	readonly listHeight: number;
	readonly articleHeight: number;
	/** Rows of an overlay's list (help, contents, links). */
	readonly menuHeight: number;
	/** The rendered article's lines as plain text, for line counts and search. */
	readonly articleLines: (post: Post) => readonly string[];
	readonly articleHeadings: (post: Post) => readonly Heading[];
	readonly articleLinks: (post: Post) => readonly ArticleLink[];
};

/** What the app must do outside the state: the reducer decides, the app carries it out. */
export type Effect =
	| {readonly type: 'quit'}
	| {readonly type: 'open-url'; readonly url: string}
	| {readonly type: 'mark-read'; readonly slugs: readonly string[]; readonly read: boolean}
	/** Where the reader left a post, as a fraction of its lines (0 = top), so a new width lands on the same text. */
	| {readonly type: 'save-position'; readonly slug: string; readonly position: number}
	/** Read the post again from disk and repaint the whole screen. */
	| {readonly type: 'reload'; readonly slug: string};

export type Result = {readonly state: State; readonly effects: readonly Effect[]};

export const noSearch = {editing: false, query: '', match: -1} as const;
export const noFilter: TextEntry = {editing: false, query: ''};
export const noMenu = {cursor: 0, top: 0} as const;

export const unchanged = (state: State): Result => ({state, effects: []});
export const withNotice = (state: State, notice: string): Result => ({state: {...state, notice}, effects: []});

export type Start = {
	readonly read: ReadonlySet<string>;
	readonly saved?: Readonly<Record<string, number>>;
	readonly openSlug?: string;
};

/** The first state, and what opening a post from the shell must do (mark it read). */
export function initialState(posts: readonly Post[], {read, saved = {}, openSlug}: Start, environment: Environment): Result {
	const state: State = {
		screen: 'list', behind: 'list', origin: 'list', selected: 0, listTop: 0, filter: noFilter, offsets: {}, saved, search: noSearch, read, menu: noMenu, count: '',
	};
	const index = posts.findIndex(post => post.slug === openSlug);
	if (index === -1) {
		return unchanged(state);
	}

	return openPost({...state, origin: 'shell'}, posts[index]!, index, environment);
}

// Filtering reads every post's text: do it once per (posts, query, hidden), however many times a key asks.
const filtered = new WeakMap<readonly Post[], {readonly query: string; readonly hidden?: ReadonlySet<string>; readonly posts: readonly Post[]}>();

export function visiblePosts(state: State, posts: readonly Post[]): readonly Post[] {
	const cached = filtered.get(posts);
	if (cached?.query === state.filter.query && cached.hidden === state.hidden) {
		return cached.posts;
	}

	const {hidden} = state;
	const matching = filterPosts(posts, state.filter.query);
	const visible = hidden ? matching.filter(post => !hidden.has(post.slug)) : matching;
	filtered.set(posts, {query: state.filter.query, ...(hidden ? {hidden} : {}), posts: visible});
	return visible;
}

export function currentPost(state: State, posts: readonly Post[]): Post | undefined {
	return state.slug === undefined ? undefined : posts.find(post => post.slug === state.slug);
}

/** Show a post where it was left (this run, or a saved place), and mark it read if it was not. */
export function openPost(state: State, post: Post, index: number, environment: Environment): Result {
	let {offsets} = state;
	const saved = state.saved[post.slug];
	if (offsets[post.slug] === undefined && saved !== undefined) {
		offsets = {...offsets, [post.slug]: Math.round(saved * environment.articleLines(post).length)};
	}

	const opened: State = {...state, screen: 'article', slug: post.slug, selected: index, search: noSearch, offsets};
	if (state.read.has(post.slug)) {
		return unchanged(opened);
	}

	return {state: {...opened, read: new Set(state.read).add(post.slug)}, effects: [{type: 'mark-read', slugs: [post.slug], read: true}]};
}

/** Leaving a post: remember its place for the next run. */
export function leavePost(state: State, environment: Environment): Effect[] {
	const post = currentPost(state, environment.posts);
	if (!post) {
		return [];
	}

	const total = environment.articleLines(post).length;
	const offset = state.offsets[post.slug] ?? 0;
	return [{type: 'save-position', slug: post.slug, position: total === 0 ? 0 : offset / total}];
}

export function toggleRead(state: State, slug: string | undefined): Result {
	if (slug === undefined) {
		return unchanged(state);
	}

	const read = new Set(state.read);
	const nowRead = !read.delete(slug);
	if (nowRead) {
		read.add(slug);
	}

	return {state: {...state, read}, effects: [{type: 'mark-read', slugs: [slug], read: nowRead}]};
}

export function select(state: State, index: number, environment: Environment): State {
	const total = visiblePosts(state, environment.posts).length;
	const selected = clampIndex(index, total);
	return {...state, selected, listTop: scrollToShow(selected, state.listTop, environment.listHeight, total)};
}

/**
The list window for the screen as it is now. A resize changes the list's height under a kept top: grown, the old top
would hide posts that now fit; shrunk, it could hide the selection. Unchanged state comes back as the same object.
*/
export function fitList(state: State, environment: Environment): State {
	const fitted = select(state, state.selected, environment);
	return fitted.selected === state.selected && fitted.listTop === state.listTop ? state : fitted;
}

/** The index of the first unread post after `from` in the shown list, wrapping around; -1 when all are read. */
export function nextUnread(state: State, posts: readonly Post[], from: number): number {
	const visible = visiblePosts(state, posts);
	for (let step = 1; step <= visible.length; step++) {
		const index = (from + step) % visible.length;
		if (!state.read.has(visible[index]!.slug)) {
			return index;
		}
	}

	return -1;
}
