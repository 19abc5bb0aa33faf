import type {Action} from './keymap.js';
import {type Environment, noFilter, openPost, type Result, select, type State, toggleRead, unchanged, visiblePosts} from './state.js';

/** What a key's action does on the list screen. */
export function listAction(state: State, action: Action, environment: Environment): Result {
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
			return post ? openPost(state, post, state.selected, environment) : unchanged(state);
		}

		case 'filter': {
			return {state: {...state, filter: {...state.filter, editing: true}}, effects: []};
		}

		case 'back': {
			return {state: {...state, filter: noFilter, selected: 0, listTop: 0}, effects: []};
		}

		case 'toggle-read': {
			return toggleRead(state, post?.slug);
		}

		case 'quit': {
			return {state, effects: [{type: 'quit'}]};
		}

		default: {
			return {state, effects: []};
		}
	}
}
