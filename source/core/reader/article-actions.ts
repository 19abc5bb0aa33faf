import {findMatches} from '../content/filter.js';
import type {Action} from './keymap.js';
import type {Post} from '../content/post.js';
import {clampOffset, maxOffset} from './viewport.js';
import {type Environment, leavePost, noSearch, openPost, type Result, select, type State, toggleRead, unchanged, visiblePosts} from './state.js';

function scroll(state: State, post: Post, offset: number, environment: Environment): State {
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

/** What a key's action does while reading a post. */
export function articleAction(state: State, action: Action, post: Post, environment: Environment): Result {
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
			const target = index + (action === 'next-post' ? 1 : -1);
			const next = visible[target];
			if (!next) {
				return unchanged(state);
			}

			const opened = openPost(state, next, target, environment);
			return {state: opened.state, effects: [...leavePost(state, environment), ...opened.effects]};
		}

		case 'toggle-read': {
			return toggleRead(state, post.slug);
		}

		case 'open-url': {
			return {state, effects: post.url ? [{type: 'open-url', url: post.url}] : []};
		}

		case 'back': {
			const selected = Math.max(0, index);
			return {state: select({...state, screen: 'list', slug: undefined, search: noSearch}, selected, environment), effects: leavePost(state, environment)};
		}

		case 'quit': {
			return {state, effects: [...leavePost(state, environment), {type: 'quit'}]};
		}

		default: {
			return {state, effects: []};
		}
	}
}
