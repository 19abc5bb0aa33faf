import {describe, expect, test} from 'vitest';
import type {Post} from '../../../source/core/content/post.js';
import {pressKey} from '../../../source/core/reader/press-key.js';
import {type Environment, initialState, type State, visiblePosts} from '../../../source/core/reader/state.js';
import {fakePost} from '../../helpers/content.js';

const posts = [fakePost('a', {title: 'Arthritis care', tags: ['arthritis']}), fakePost('b', {title: 'Back pain'}), fakePost('c', {title: 'Calf strain', url: 'https://example.com/c'})];
const lines = Array.from({length: 100}, (_, index) => (index === 42 ? 'the needle is here' : `line ${index}`));
const environment: Environment = {posts, listHeight: 2, articleHeight: 10, menuHeight: 5, articleLines: (_post: Post) => lines, articleHeadings: () => [], articleLinks: () => []};

function keys(state: State, ...names: string[]): State {
	return names.reduce((current, name) => pressKey(current, name, environment).state, state);
}

const start = initialState(posts, {read: new Set()}, environment).state;

describe('the reader state', () => {
	test('moves through the list and scrolls its window', () => {
		const state = keys(start, 'j', 'j');
		expect([state.selected, state.listTop]).toEqual([2, 1]);
		expect(keys(state, 'g').selected).toBe(0);
		expect(keys(start, 'G').selected).toBe(2);
		expect(keys(start, 'k').selected).toBe(0);
	});

	test('opening a post marks it read and shows the article; back returns to it in the list', () => {
		const open = keys(start, 'j', 'enter');
		expect(open).toMatchObject({screen: 'article', slug: 'b'});
		expect(open.read.has('b')).toBe(true);
		expect(keys(open, 'q')).toMatchObject({screen: 'list', selected: 1});
	});

	test('scrolls like less and remembers where you left each post', () => {
		const open = keys(start, 'enter');
		expect(keys(open, 'j', 'j').offsets['a']).toBe(2);
		expect(keys(open, 'space').offsets['a']).toBe(10);
		expect(keys(open, 'd').offsets['a']).toBe(5);
		expect(keys(open, 'G').offsets['a']).toBe(90);
		expect(keys(open, 'G', 'b').offsets['a']).toBe(80);
		expect(keys(open, 'k').offsets['a']).toBe(0);
		expect(keys(open, 'space', 'q', 'enter').offsets['a']).toBe(10);
	});

	test('searches the article and steps through matches', () => {
		const open = keys(start, 'enter', '/', 'n', 'e', 'e', 'd', 'l', 'e', 'enter');
		expect(open.search).toEqual({editing: false, query: 'needle', match: 0});
		expect(open.offsets['a']).toBe(42);
		expect(keys(start, 'enter', '/', 'l', 'i', 'n', 'e', ' ', '1', 'enter', 'n').search.match).toBe(1);
		expect(keys(start, 'enter', '/', 'x', 'escape').search).toEqual({editing: false, query: '', match: -1});
	});

	test('] and [ step to the next and previous post', () => {
		expect(keys(start, 'enter', ']').slug).toBe('b');
		expect(keys(start, 'enter', ']', ']', ']').slug).toBe('c');
		expect(keys(start, 'enter', '[').slug).toBe('a');
	});

	test('m toggles read state in the list and in the article', () => {
		expect(keys(start, 'm').read.has('a')).toBe(true);
		expect(keys(start, 'm', 'm').read.has('a')).toBe(false);
		expect(keys(start, 'enter', 'm').read.has('a')).toBe(false);
	});

	test('/ filters the list as you type; Esc clears it', () => {
		const filtered = keys(start, '/', 'b', 'a', 'c', 'k');
		expect(visiblePosts(filtered, posts).map(post => post.slug)).toEqual(['b']);
		expect(visiblePosts(keys(filtered, 'backspace', 'backspace', 'backspace', 'backspace', 'a', 'r', 't'), posts).map(post => post.slug)).toEqual(['a']);
		const kept = keys(filtered, 'enter');
		expect(kept.filter).toEqual({editing: false, query: 'back'});
		expect(keys(kept, 'escape').filter.query).toBe('');
		expect(keys(filtered, 'escape').filter.query).toBe('');
	});

	test('pasted control characters (C1, BEL, bidi) never reach the filter or search line', () => {
		const pasted = [...'a\u009D0;T\u0007\u0085\u009B2J\u202Eb é 😀'];
		expect(keys(start, '/', ...pasted).filter.query).toBe('a0;T2Jb é 😀');
		expect(keys(start, 'enter', '/', ...pasted).search.query).toBe('a0;T2Jb é 😀');
	});

	test('contact and help open over the screen and any key returns', () => {
		expect(keys(start, 'c').screen).toBe('contact');
		expect(keys(start, 'c', 'x').screen).toBe('list');
		expect(keys(start, 'enter', '?')).toMatchObject({screen: 'help', behind: 'article'});
		expect(keys(start, 'enter', '?', 'q').screen).toBe('article');
	});

	test('quit and open-url are effects for the app to carry out', () => {
		expect(pressKey(start, 'q', environment).effects).toEqual([{type: 'quit'}]);
		expect(pressKey(keys(start, 'enter'), 'ctrl+c', environment).effects).toEqual([{type: 'save-position', slug: 'a', position: 0}, {type: 'quit'}]);
		expect(pressKey(keys(start, 'G', 'enter'), 'o', environment).effects).toEqual([{type: 'open-url', url: 'https://example.com/c'}]);
		expect(pressKey(keys(start, 'enter'), 'o', environment).effects).toEqual([]);
	});

	test('starting on a post opens it', () => {
		expect(initialState(posts, {read: new Set(), openSlug: 'c'}, environment).state).toMatchObject({screen: 'article', slug: 'c', selected: 2});
	});
});
