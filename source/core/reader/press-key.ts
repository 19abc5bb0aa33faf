import {sanitizeLine} from '../text/sanitize.js';
import {actionFor} from './keymap.js';
import {articleAction, jumpToMatch} from './article-actions.js';
import {confirmMarkAll, listAction} from './list-actions.js';
import {menuKey} from './menu-actions.js';
import {currentPost, type Environment, leavePost, noMenu, noSearch, type Result, type State, type TextEntry, unchanged} from './state.js';

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

	// Typed or pasted, a character is echoed on the screen: one the sanitizer would change (C0, C1, BEL, bidi) is dropped.
	const character = name === 'space' ? ' ' : name;
	const printable = character === ' ' || sanitizeLine(character) === character;
	return [...character].length === 1 && printable ? {...entry, query: entry.query + character} : undefined;
}

function articleKey(state: State, name: string, environment: Environment): Result {
	const post = currentPost(state, environment.posts)!;
	if (state.search.editing) {
		const edited = editText(state.search, name);
		if (edited === 'done') {
			return unchanged(jumpToMatch({...state, search: {...state.search, editing: false, match: -1}}, post, 1, environment));
		}

		return unchanged({...state, search: edited === 'cancel' ? noSearch : {...state.search, ...edited}});
	}

	// A count before G, g or % (12G, 50%), as in less; shown while typed.
	if (/^\d$/.test(name) && (state.count !== '' || name !== '0')) {
		const count = (state.count + name).slice(0, 9);
		return unchanged({...state, count, notice: count});
	}

	const action = actionFor(name, 'article');
	const count = state.count === '' ? undefined : Number(state.count);
	const ready: State = {...state, count: '', ...(action === 'page-down' ? {} : {offer: undefined})};
	if (action === 'contact' || action === 'help') {
		return unchanged({...ready, screen: action, behind: 'article', menu: noMenu});
	}

	return action ? articleAction(ready, action, post, environment, count) : unchanged(ready);
}

/**
One key, in order: the next state and anything the app must do outside it (save a mark or a place, open a link, quit).
*/
export function pressKey(previous: State, name: string, environment: Environment): Result {
	// A notice lasts until the next key.
	const {notice: _notice, ...state} = previous;
	if (name === 'ctrl+c') {
		return {state, effects: [...leavePost(state, environment), {type: 'quit'}]};
	}

	switch (state.screen) {
		case 'contact': {
			return unchanged({...state, screen: state.behind});
		}

		case 'help':
		case 'contents':
		case 'links': {
			return menuKey(state, name, environment);
		}

		case 'confirm': {
			return confirmMarkAll(state, name, environment);
		}

		default:
	}

	if (state.screen === 'article' && currentPost(state, environment.posts)) {
		return articleKey(state, name, environment);
	}

	if (state.filter.editing && name !== 'up' && name !== 'down') {
		const edited = editText(state.filter, name);
		const filter = edited === 'done' ? {...state.filter, editing: false} : (edited === 'cancel' ? {editing: false, query: ''} : {...state.filter, ...edited});
		return unchanged({...state, filter, selected: 0, listTop: 0});
	}

	const action = actionFor(name, 'list');
	if (action === 'contact' || action === 'help') {
		return unchanged({...state, screen: action, behind: 'list', menu: noMenu});
	}

	return action ? listAction(state, action, environment) : unchanged(state);
}
