import {filterPosts, findMatches} from '../core/filter.js';
import {actionFor, type Action} from '../core/keymap.js';
import type {Post} from '../core/post.js';
import {clampIndex, clampOffset, maxOffset, scrollToShow} from '../core/viewport.js';

export type Screen = 'list' | 'article' | 'contact' | 'help';

type TextEntry = {readonly editing: boolean; readonly query: string};

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

const noSearch = {editing: false, query: '', match: -1} as const;

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

function openPost(state: State, post: Post, index: number): State {
	return {...state, screen: 'article', slug: post.slug, selected: index, search: noSearch, read: new Set(state.read).add(post.slug)};
}

function toggleRead(state: State, slug: string | undefined): State {
	if (slug === undefined) {
		return state;
	}

	const read = new Set(state.read);
	if (!read.delete(slug)) {
		read.add(slug);
	}

	return {...state, read};
}

function select(state: State, index: number, environment: Environment): State {
	const total = visiblePosts(state, environment.posts).length;
	const selected = clampIndex(index, total);
	return {...state, selected, listTop: scrollToShow(selected, state.listTop, environment.listHeight, total)};
}

function scroll(state: State, post: Post, offset: number, environment: Environment): State {
	const total = environment.articleLines(post).length;
	return {...state, offsets: {...state.offsets, [post.slug]: clampOffset(offset, total, environment.articleHeight)}};
}

/** Jump to the next (or previous) line matching the search, wrapping around like less. */
function jumpToMatch(state: State, post: Post, direction: 1 | -1, environment: Environment): State {
	const matches = findMatches(environment.articleLines(post), state.search.query);
	if (matches.length === 0) {
		return {...state, search: {...state.search, match: -1}};
	}

	const match = state.search.match === -1 && direction === 1 ? 0 : (state.search.match + direction + matches.length) % matches.length;
	return scroll({...state, search: {...state.search, match}}, post, matches[match]!, environment);
}

function listAction(state: State, action: Action, environment: Environment): Result {
	const visible = visiblePosts(state, environment.posts);
	const page = environment.listHeight;
	const moves: Partial<Record<Action, number>> = {'line-down': 1, 'line-up': -1, 'page-down': page, 'page-up': -page, top: -Infinity, bottom: Infinity};
	const move = moves[action];
	if (move !== undefined) {
		const target = Number.isFinite(move) ? state.selected + move : (move > 0 ? visible.length - 1 : 0);
		return {state: select(state, target, environment), effects: []};
	}

	const post = visible[state.selected];
	switch (action) {
		case 'open': {
			return {state: post ? openPost(state, post, state.selected) : state, effects: []};
		}

		case 'filter': {
			return {state: {...state, filter: {...state.filter, editing: true}}, effects: []};
		}

		case 'back': {
			return {state: {...state, filter: {editing: false, query: ''}, selected: 0, listTop: 0}, effects: []};
		}

		case 'toggle-read': {
			return {state: toggleRead(state, post?.slug), effects: []};
		}

		case 'quit': {
			return {state, effects: [{type: 'quit'}]};
		}

		default: {
			return {state, effects: []};
		}
	}
}

function articleAction(state: State, action: Action, post: Post, environment: Environment): Result {
	const page = environment.articleHeight;
	const half = Math.max(1, Math.floor(page / 2));
	const offset = state.offsets[post.slug] ?? 0;
	const moves: Partial<Record<Action, number>> = {
		'line-down': 1, 'line-up': -1, 'page-down': page, 'page-up': -page, 'half-down': half, 'half-up': -half,
		top: -offset, bottom: maxOffset(environment.articleLines(post).length, page) - offset,
	};
	const move = moves[action];
	if (move !== undefined) {
		return {state: scroll(state, post, offset + move, environment), effects: []};
	}

	const visible = visiblePosts(state, environment.posts);
	const index = visible.findIndex(candidate => candidate.slug === post.slug);
	switch (action) {
		case 'search': {
			return {state: {...state, search: {editing: true, query: '', match: -1}}, effects: []};
		}

		case 'next-match':
		case 'previous-match': {
			return {state: jumpToMatch(state, post, action === 'next-match' ? 1 : -1, environment), effects: []};
		}

		case 'next-post':
		case 'previous-post': {
			const next = visible[index + (action === 'next-post' ? 1 : -1)];
			return {state: next ? openPost(state, next, index + (action === 'next-post' ? 1 : -1)) : state, effects: []};
		}

		case 'toggle-read': {
			return {state: toggleRead(state, post.slug), effects: []};
		}

		case 'open-url': {
			return {state, effects: post.url ? [{type: 'open-url', url: post.url}] : []};
		}

		case 'back': {
			const selected = Math.max(0, index);
			return {state: select({...state, screen: 'list', slug: undefined, search: noSearch}, selected, environment), effects: []};
		}

		case 'quit': {
			return {state, effects: [{type: 'quit'}]};
		}

		default: {
			return {state, effects: []};
		}
	}
}

/** Typing into the filter or search line: printable keys append, Backspace deletes, Enter keeps, Esc cancels. */
function editText(entry: TextEntry, name: string): TextEntry | 'done' | 'cancel' | undefined {
	if (name === 'enter') {
		return 'done';
	}

	if (name === 'escape') {
		return 'cancel';
	}

	if (name === 'backspace') {
		return {...entry, query: [...entry.query].slice(0, -1).join('')};
	}

	const character = name === 'space' ? ' ' : name;
	return [...character].length === 1 ? {...entry, query: entry.query + character} : undefined;
}

/**
One key, in order: the next state and anything the app must do outside it (quit, open a browser).
*/
export function pressKey(state: State, name: string, environment: Environment): Result {
	if (name === 'ctrl+c') {
		return {state, effects: [{type: 'quit'}]};
	}

	if (state.screen === 'contact' || state.screen === 'help') {
		return {state: {...state, screen: state.behind}, effects: []};
	}

	const post = currentPost(state, environment.posts);
	if (state.screen === 'article' && post) {
		if (state.search.editing) {
			const edited = editText(state.search, name);
			if (edited === 'done') {
				return {state: jumpToMatch({...state, search: {...state.search, editing: false, match: -1}}, post, 1, environment), effects: []};
			}

			return {state: {...state, search: edited === 'cancel' ? noSearch : {...state.search, ...edited}}, effects: []};
		}

		const action = actionFor(name, 'article');
		if (action === 'contact' || action === 'help') {
			return {state: {...state, screen: action, behind: 'article'}, effects: []};
		}

		return action ? articleAction(state, action, post, environment) : {state, effects: []};
	}

	if (state.filter.editing && name !== 'up' && name !== 'down') {
		const edited = editText(state.filter, name);
		const filter = edited === 'done' ? {...state.filter, editing: false} : (edited === 'cancel' ? {editing: false, query: ''} : {...state.filter, ...edited});
		return {state: {...state, filter, selected: 0, listTop: 0}, effects: []};
	}

	const action = actionFor(name, 'list');
	if (action === 'contact' || action === 'help') {
		return {state: {...state, screen: action, behind: 'list'}, effects: []};
	}

	return action ? listAction(state, action, environment) : {state, effects: []};
}
