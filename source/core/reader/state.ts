import {filterPosts} from '../content/filter.js';
import type {Post} from '../content/post.js';
import {clampIndex, scrollToShow} from './viewport.js';

export type Screen = 'list' | 'article' | 'contact' | 'help';

export type TextEntry = {readonly editing: boolean; readonly query: string};

export type State = {
	readonly screen: Screen;
	/** Where contact and help return to. */
	readonly behind: 'list' | 'article';
	readonly selected: number;
	readonly listTop: number;
	readonly filter: TextEntry;
	readonly slug?: string;
	/** Scroll position per post, so reopening a post returns to where you left it. */
	readonly offsets: Readonly<Record<string, number>>;
	/** Positions kept from earlier runs, as a fraction of the post's lines; used the first time a post opens. */
	readonly saved: Readonly<Record<string, number>>;
	readonly search: TextEntry & {readonly match: number};
	readonly read: ReadonlySet<string>;
};

/** What the reducer needs to know about the screen; supplied by the app, so this module stays pure. */
export type Environment = {
	readonly posts: readonly Post[];
	readonly listHeight: number;
	readonly articleHeight: number;
	/** The rendered article's lines as plain text, for line counts and search. */
	readonly articleLines: (post: Post) => readonly string[];
};

/** What the app must do outside the state: the reducer decides, the app carries it out. */
export type Effect =
	| {readonly type: 'quit'}
	| {readonly type: 'open-url'; readonly url: string}
	| {readonly type: 'mark-read'; readonly slugs: readonly string[]; readonly read: boolean}
	/** Where the reader left a post, as a fraction of its lines (0 = top), so a new width lands on the same text. */
	| {readonly type: 'save-position'; readonly slug: string; readonly position: number};

export type Result = {readonly state: State; readonly effects: readonly Effect[]};

export const noSearch = {editing: false, query: '', match: -1} as const;
export const noFilter: TextEntry = {editing: false, query: ''};

export const unchanged = (state: State): Result => ({state, effects: []});

export type Start = {
	readonly read: ReadonlySet<string>;
	readonly saved?: Readonly<Record<string, number>>;
	readonly openSlug?: string;
};

/** The first state, and what opening a post from the shell must do (mark it read). */
export function initialState(posts: readonly Post[], {read, saved = {}, openSlug}: Start, environment: Environment): Result {
	const state: State = {screen: 'list', behind: 'list', selected: 0, listTop: 0, filter: noFilter, offsets: {}, saved, search: noSearch, read};
	const index = posts.findIndex(post => post.slug === openSlug);
	return index === -1 ? unchanged(state) : openPost(state, posts[index]!, index, environment);
}

// Filtering reads every post's text: do it once per (posts, query), however many times a key asks.
const filtered = new WeakMap<readonly Post[], {readonly query: string; readonly posts: readonly Post[]}>();

export function visiblePosts(state: State, posts: readonly Post[]): readonly Post[] {
	const cached = filtered.get(posts);
	if (cached?.query === state.filter.query) {
		return cached.posts;
	}

	const visible = filterPosts(posts, state.filter.query);
	filtered.set(posts, {query: state.filter.query, posts: visible});
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
