import {findMatches} from '../content/filter.js';
import type {Action} from './keymap.js';
import type {Post} from '../content/post.js';
import {clampOffset, maxOffset} from './viewport.js';
import {
	type Environment, leavePost, nextUnread, noMenu, noSearch, openPost, type Result, select, type State, toggleRead, unchanged, visiblePosts, withNotice,
} from './state.js';

export function scroll(state: State, post: Post, offset: number, environment: Environment): State {
	const total = environment.articleLines(post).length;
	return {...state, offsets: {...state.offsets, [post.slug]: clampOffset(offset, total, environment.articleHeight)}};
}

/** Jump to the next (or previous) line matching the search, wrapping around like less. */
export function jumpToMatch(state: State, post: Post, direction: 1 | -1, environment: Environment): State {
	const matches = findMatches(environment.articleLines(post), state.search.query);
	if (matches.length === 0) {
		return {...state, search: {...state.search, match: -1}};
	}

	const match = state.search.match === -1 && direction === 1 ? 0 : (state.search.match + direction + matches.length) % matches.length;
	return scroll({...state, search: {...state.search, match}}, post, matches[match]!, environment);
}

/** Another post of the list, leaving this one's place saved. */
function switchPost(state: State, target: number, environment: Environment): Result {
	const next = visiblePosts(state, environment.posts)[target];
	if (!next) {
		return unchanged(state);
	}

	const opened = openPost(state, next, target, environment);
	return {state: opened.state, effects: [...leavePost(state, environment), ...opened.effects]};
}

/** Space on the last page: offer the next unread post, and open it on a second Space. */
function pageOnAtEnd(state: State, post: Post, index: number, environment: Environment): Result {
	if (state.offer !== undefined) {
		const target = visiblePosts(state, environment.posts).findIndex(candidate => candidate.slug === state.offer);
		return switchPost(state, target, environment);
	}

	const target = nextUnread(state, environment.posts, Math.max(0, index));
	const next = visiblePosts(state, environment.posts)[target];
	if (!next || next.slug === post.slug) {
		return withNotice(state, 'End of the post. Every post is read.');
	}

	return withNotice({...state, offer: next.slug}, `End. Space: next unread, “${next.title}”`);
}

function headingAction(state: State, action: Action, post: Post, offset: number, environment: Environment): Result {
	const headings = environment.articleHeadings(post);
	if (headings.length === 0) {
		return withNotice(state, 'This post has no headings.');
	}

	if (action === 'contents') {
		const current = Math.max(0, headings.findLastIndex(heading => heading.line <= offset));
		return unchanged({...state, screen: 'contents', behind: 'article', menu: {cursor: current, top: Math.max(0, current - Math.floor(environment.menuHeight / 2))}});
	}

	const target = action === 'next-heading' ? headings.find(heading => heading.line > offset) : headings.findLast(heading => heading.line < offset);
	return target ? unchanged(scroll(state, post, target.line, environment)) : withNotice(state, action === 'next-heading' ? 'No heading below.' : 'No heading above.');
}

/** What a key's action does while reading a post; `count` is the number typed before it, if any. */
export function articleAction(state: State, action: Action, post: Post, environment: Environment, count?: number): Result {
	const page = environment.articleHeight;
	const half = Math.max(1, Math.floor(page / 2));
	const offset = state.offsets[post.slug] ?? 0;
	const total = environment.articleLines(post).length;
	const last = maxOffset(total, page);
	const visible = visiblePosts(state, environment.posts);
	const index = visible.findIndex(candidate => candidate.slug === post.slug);
	if (action === 'page-down' && offset >= last) {
		return pageOnAtEnd(state, post, index, environment);
	}

	const line = count === undefined ? undefined : count - 1;
	const moves: Partial<Record<Action, number>> = {
		'line-down': 1, 'line-up': -1, 'page-down': page, 'page-up': -page, 'half-down': half, 'half-up': -half,
		top: (line ?? 0) - offset, bottom: (line ?? last) - offset, percent: Math.floor(total * Math.min(100, count ?? 0) / 100) - offset,
	};
	const move = moves[action];
	if (move !== undefined) {
		return unchanged(scroll(state, post, offset + move, environment));
	}

	switch (action) {
		case 'search': {
			return unchanged({...state, search: {editing: true, query: '', match: -1}});
		}

		case 'next-match':
		case 'previous-match': {
			return unchanged(jumpToMatch(state, post, action === 'next-match' ? 1 : -1, environment));
		}

		case 'contents':
		case 'next-heading':
		case 'previous-heading': {
			return headingAction(state, action, post, offset, environment);
		}

		case 'links': {
			return environment.articleLinks(post).length === 0
				? withNotice(state, 'This post has no links.')
				: unchanged({...state, screen: 'links', behind: 'article', menu: noMenu});
		}

		case 'next-post':
		case 'previous-post': {
			return switchPost(state, index + (action === 'next-post' ? 1 : -1), environment);
		}

		case 'toggle-read': {
			return toggleRead(state, post.slug);
		}

		case 'open-url': {
			return post.url ? {state, effects: [{type: 'open-url', url: post.url}]} : withNotice(state, 'This post has no web address (no url: in its front matter).');
		}

		case 'reload': {
			return {state: {...state, notice: 'Reloaded.'}, effects: [{type: 'reload', slug: post.slug}]};
		}

		case 'close':
		case 'back': {
			if (action === 'close' && state.origin === 'shell') {
				return {state, effects: [...leavePost(state, environment), {type: 'quit'}]};
			}

			const selected = Math.max(0, index);
			return {state: select({...state, screen: 'list', origin: 'list', slug: undefined, search: noSearch}, selected, environment), effects: leavePost(state, environment)};
		}

		case 'quit': {
			return {state, effects: [...leavePost(state, environment), {type: 'quit'}]};
		}

		default: {
			return unchanged(state);
		}
	}
}
