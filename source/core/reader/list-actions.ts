import type {Action} from './keymap.js';
import {type Environment, nextUnread, noFilter, openPost, type Result, select, type State, toggleRead, unchanged, visiblePosts, withNotice} from './state.js';

/** What a key's action does on the list screen. */
export function listAction(state: State, action: Action, environment: Environment): Result {
	const visible = visiblePosts(state, environment.posts);
	const page = environment.listHeight;
	const moves: Partial<Record<Action, number>> = {'line-down': 1, 'line-up': -1, 'page-down': page, 'page-up': -page, top: -Infinity, bottom: Infinity};
	const move = moves[action];
	if (move !== undefined) {
		const target = Number.isFinite(move) ? state.selected + move : (move > 0 ? visible.length - 1 : 0);
		return unchanged(select(state, target, environment));
	}

	const post = visible[state.selected];
	switch (action) {
		case 'open': {
			return post ? openPost({...state, origin: 'list'}, post, state.selected, environment) : unchanged(state);
		}

		case 'filter': {
			return unchanged({...state, filter: {...state.filter, editing: true}});
		}

		case 'back': {
			return unchanged({...state, filter: noFilter, selected: 0, listTop: 0});
		}

		case 'toggle-read': {
			return toggleRead(state, post?.slug);
		}

		case 'next-unread': {
			const index = nextUnread(state, environment.posts, state.selected);
			return index === -1 ? withNotice(state, 'No unread posts here.') : unchanged(select(state, index, environment));
		}

		case 'only-unread': {
			const {hidden, ...rest} = state;
			const toggled: State = hidden ? rest : {...rest, hidden: new Set(state.read)};
			return withNotice(select({...toggled, selected: 0, listTop: 0}, 0, environment), hidden ? 'All posts.' : 'Only unread posts (u shows all).');
		}

		case 'mark-all-read': {
			const unread = visible.filter(candidate => !state.read.has(candidate.slug));
			if (unread.length === 0) {
				return withNotice(state, 'Every post shown is read already.');
			}

			return withNotice({...state, screen: 'confirm', behind: 'list'}, `Mark ${unread.length} ${unread.length === 1 ? 'post' : 'posts'} read? y / n`);
		}

		case 'quit': {
			return {state, effects: [{type: 'quit'}]};
		}

		default: {
			return unchanged(state);
		}
	}
}

/** The answer to "mark all read?": y marks every unread post shown, anything else leaves them. */
export function confirmMarkAll(state: State, name: string, environment: Environment): Result {
	const back: State = {...state, screen: 'list'};
	if (name !== 'y' && name !== 'Y') {
		return withNotice(back, 'Nothing marked.');
	}

	const slugs = visiblePosts(state, environment.posts).filter(post => !state.read.has(post.slug)).map(post => post.slug);
	return {state: {...back, read: new Set([...state.read, ...slugs]), notice: `Marked ${slugs.length} read.`}, effects: [{type: 'mark-read', slugs, read: true}]};
}
