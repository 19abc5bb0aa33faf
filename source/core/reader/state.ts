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

export type Effect = {readonly type: 'quit'} | {readonly type: 'open-url'; readonly url: string};

export type Result = {readonly state: State; readonly effects: readonly Effect[]};

export const noSearch = {editing: false, query: '', match: -1} as const;

export function initialState(posts: readonly Post[], read: ReadonlySet<string>, openSlug?: string): State {
	const state: State = {screen: 'list', behind: 'list', selected: 0, listTop: 0, filter: {editing: false, query: ''}, offsets: {}, search: noSearch, read};
	const index = posts.findIndex(post => post.slug === openSlug);
	return index === -1 ? state : openPost(state, posts[index]!, index);
}

export function visiblePosts(state: State, posts: readonly Post[]): readonly Post[] {
	return filterPosts(posts, state.filter.query);
}

export function currentPost(state: State, posts: readonly Post[]): Post | undefined {
	return state.slug === undefined ? undefined : posts.find(post => post.slug === state.slug);
}

export function openPost(state: State, post: Post, index: number): State {
	return {...state, screen: 'article', slug: post.slug, selected: index, search: noSearch, read: new Set(state.read).add(post.slug)};
}

export function toggleRead(state: State, slug: string | undefined): State {
	if (slug === undefined) {
		return state;
	}

	const read = new Set(state.read);
	if (!read.delete(slug)) {
		read.add(slug);
	}

	return {...state, read};
}

export function select(state: State, index: number, environment: Environment): State {
	const total = visiblePosts(state, environment.posts).length;
	const selected = clampIndex(index, total);
	return {...state, selected, listTop: scrollToShow(selected, state.listTop, environment.listHeight, total)};
}
