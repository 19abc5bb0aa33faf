import {actionFor} from './keymap.js';
import {articleAction, jumpToMatch} from './article-actions.js';
import {listAction} from './list-actions.js';
import {currentPost, type Environment, leavePost, noSearch, type Result, type State, type TextEntry} from './state.js';

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
		return {state, effects: [...leavePost(state, environment), {type: 'quit'}]};
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
