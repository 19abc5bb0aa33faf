import type {Post} from '../../source/core/content/post.js';
import {pressKey} from '../../source/core/reader/press-key.js';
import type {Effect, Environment, State} from '../../source/core/reader/state.js';
import {fakePost} from './content.js';

export const readerPosts = [
	fakePost('a', {title: 'Arthritis care'}),
	fakePost('b', {title: 'Back pain'}),
	fakePost('c', {title: 'Calf strain', url: 'https://example.com/c'}),
];

/** A reducer environment: 100 lines a post, 10 on screen, headings at lines 20, 50 and 80, three links. */
export function readerEnvironment(posts: readonly Post[] = readerPosts): Environment {
	const lines = Array.from({length: 100}, (_, index) => `line ${index}`);
	return {
		posts,
		listHeight: 2,
		articleHeight: 10,
		menuHeight: 2,
		articleLines: () => lines,
		articleHeadings: () => [{depth: 2, text: 'Causes', line: 20}, {depth: 3, text: 'At work', line: 50}, {depth: 2, text: 'Treatment', line: 80}],
		articleLinks: () => [{label: 'Book', url: 'https://example.com/book'}, {label: 'Call', url: 'tel:+19055550100'}, {label: 'Local', url: 'file:///etc/passwd'}],
	};
}

/** Press keys in turn: the last state and every effect, in order. */
export function run(state: State, environment: Environment, ...names: string[]): {state: State; effects: Effect[]} {
	const effects: Effect[] = [];
	for (const name of names) {
		const result = pressKey(state, name, environment);
		state = result.state;
		effects.push(...result.effects);
	}

	return {state, effects};
}
