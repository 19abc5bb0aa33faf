import {describe, expect, test} from 'vitest';
import type {Post} from '../../../source/core/content/post.js';
import {type Environment, fitList, initialState, type State, visiblePosts} from '../../../source/core/reader/state.js';
import {pressKey} from '../../../source/core/reader/press-key.js';
import {fakePost} from '../../helpers/content.js';
import {run} from '../../helpers/reader.js';

const posts = [fakePost('a', {title: 'Arthritis care'}), fakePost('b', {title: 'Back pain'}), fakePost('c', {title: 'Calf strain'})];
const lines = Array.from({length: 100}, (_, index) => `line ${index}`);
const environment: Environment = {posts, listHeight: 2, articleHeight: 10, menuHeight: 5, articleLines: (_post: Post) => lines, articleHeadings: () => [], articleLinks: () => []};

/** Press keys in turn with this file's environment. */
const press = (state: State, ...names: string[]) => run(state, environment, ...names);

const start = initialState(posts, {read: new Set(['b'])}, environment).state;

describe('the reducer says what to save, as data', () => {
	test('opening an unread post asks to mark it read; opening a read one asks nothing', () => {
		expect(press(start, 'enter').effects).toEqual([{type: 'mark-read', slugs: ['a'], read: true}]);
		expect(press(start, 'j', 'enter').effects).toEqual([]);
	});

	test('m asks to mark read, then unread', () => {
		expect(press(start, 'm').effects).toEqual([{type: 'mark-read', slugs: ['a'], read: true}]);
		expect(press(start, 'j', 'm').effects).toEqual([{type: 'mark-read', slugs: ['b'], read: false}]);
	});

	test('leaving a post asks to save its place, as a fraction of its lines', () => {
		const reading = press(start, 'j', 'enter', 'space', 'space').state;
		expect(press(reading, 'q').effects).toEqual([{type: 'save-position', slug: 'b', position: 0.2}]);
		expect(press(reading, ']').effects).toEqual([{type: 'save-position', slug: 'b', position: 0.2}, {type: 'mark-read', slugs: ['c'], read: true}]);
	});

	test('a post opened from the shell is marked read by an effect, not while building the state', () => {
		const opened = initialState(posts, {read: new Set(), openSlug: 'c'}, environment);
		expect(opened.effects).toEqual([{type: 'mark-read', slugs: ['c'], read: true}]);
		expect(initialState(posts, {read: new Set()}, environment).effects).toEqual([]);
	});

	test('a saved place is where a post opens the first time in a run; this run\'s place wins after', () => {
		const saved = initialState(posts, {read: new Set(), saved: {a: 0.44}}, environment).state;
		expect(press(saved, 'enter').state.offsets['a']).toBe(44);
		expect(press(saved, 'enter', 'g', 'q', 'enter').state.offsets['a']).toBe(0);
	});

	test('moving and filtering have no effects', () => {
		expect(press(start, 'j', 'k', 'G', '/', 'c', 'a', 'enter').effects).toEqual([]);
	});
});

test('the filtered list is computed once per query, however many keys ask for it', () => {
	const filtering = press(start, '/', 'c', 'a').state;
	const first = visiblePosts(filtering, posts);
	expect(visiblePosts(press(filtering, 'down').state, posts)).toBe(first);
	expect(visiblePosts(press(filtering, 'l').state, posts)).not.toBe(first);
});

describe('the list window after a resize', () => {
	const many = Array.from({length: 11}, (_, index) => fakePost(`p${index}`));
	const at = (listHeight: number): Environment => ({...environment, posts: many, listHeight});
	const bottom = pressKey(initialState(many, {read: new Set()}, at(5)).state, 'G', at(5)).state;

	test('grown, a top kept from a shorter screen comes back to show the first posts', () => {
		expect(bottom).toMatchObject({selected: 10, listTop: 6});
		expect(fitList(bottom, at(22))).toMatchObject({selected: 10, listTop: 0});
	});

	test('shrunk, the window moves to keep the selection in view', () => {
		const tall = fitList(bottom, at(22));
		expect(fitList(tall, at(3))).toMatchObject({selected: 10, listTop: 8});
	});

	test('a window that fits is the same state object, so nothing re-renders for it', () => {
		expect(fitList(bottom, at(5))).toBe(bottom);
	});
});
