import {isClickable} from '../render/links.js';
import {type Action, actionFor, helpRows} from './keymap.js';
import {scroll} from './article-actions.js';
import {currentPost, type Environment, noMenu, type Result, type State, unchanged, withNotice} from './state.js';
import {clampIndex, scrollToShow} from './viewport.js';

/** How many rows the overlay on screen has. */
function rowCount(state: State, environment: Environment): number {
	const post = currentPost(state, environment.posts);
	if (state.screen === 'contents') {
		return post ? environment.articleHeadings(post).length : 0;
	}

	return state.screen === 'links' && post ? environment.articleLinks(post).length : helpRows(state.behind).length;
}

function move(state: State, action: Action, total: number, height: number): State | undefined {
	const steps: Partial<Record<Action, number>> = {'line-down': 1, 'line-up': -1, 'page-down': height, 'page-up': -height, top: -Infinity, bottom: Infinity};
	const step = steps[action];
	if (step === undefined) {
		return undefined;
	}

	// Help has no cursor: it scrolls. Contents and links move a cursor and keep it in view.
	if (state.screen === 'help') {
		const top = Number.isFinite(step) ? state.menu.top + step : (step > 0 ? total : 0);
		return {...state, menu: {cursor: 0, top: Math.min(Math.max(0, top), Math.max(0, total - height))}};
	}

	const cursor = clampIndex(Number.isFinite(step) ? state.menu.cursor + step : (step > 0 ? total - 1 : 0), total);
	return {...state, menu: {cursor, top: scrollToShow(cursor, state.menu.top, height, total)}};
}

/** Open link number `index` (0-based) of the post, if its scheme is one the system opener may have. */
function openLink(state: State, index: number, environment: Environment): Result {
	const post = currentPost(state, environment.posts);
	const link = post ? environment.articleLinks(post)[index] : undefined;
	const back: State = {...state, screen: 'article', count: '', menu: noMenu};
	if (!link) {
		return withNotice(back, `No link ${index + 1}.`);
	}

	if (!isClickable(link.url)) {
		return withNotice(back, `Only web, mail and phone links open: ${link.url}`);
	}

	return {state: {...back, notice: `Opening ${link.url}`}, effects: [{type: 'open-url', url: link.url}]};
}

/** A key on the help, contents or links overlay. */
export function menuKey(state: State, name: string, environment: Environment): Result {
	const total = rowCount(state, environment);
	const action = actionFor(name, 'menu');
	const moved = action ? move(state, action, total, environment.menuHeight) : undefined;
	if (moved) {
		return unchanged({...moved, count: ''});
	}

	if (state.screen === 'links' && /^\d$/.test(name)) {
		const count = state.count + name;
		// Open at once when no longer number could be meant (3 of 9 links); otherwise wait for Enter.
		return Number(count) * 10 > total ? openLink(state, Number(count) - 1, environment) : unchanged({...state, count});
	}

	if (action === 'open' && state.screen === 'links') {
		return openLink(state, state.count === '' ? state.menu.cursor : Number(state.count) - 1, environment);
	}

	const post = currentPost(state, environment.posts);
	if (action === 'open' && state.screen === 'contents' && post) {
		const heading = environment.articleHeadings(post)[state.menu.cursor];
		return unchanged(scroll({...state, screen: 'article', menu: noMenu}, post, heading?.line ?? 0, environment));
	}

	// Any other key closes the overlay, as it always has for help and contact.
	return unchanged({...state, screen: state.behind, menu: noMenu, count: ''});
}
