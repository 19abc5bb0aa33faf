import {describe, expect, test} from 'vitest';
import {actionFor, helpRows, keymap, keyNames, type KeyFlags} from '../../../source/core/reader/keymap.js';

const none: KeyFlags = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, backspace: false, delete: false, tab: false, ctrl: false};

describe('keyNames', () => {
	test('a burst of keys in one chunk is every key, in order, Enter included', () => {
		expect(keyNames('jjjj', none)).toEqual(['j', 'j', 'j', 'j']);
		expect(keyNames('jj\r', none)).toEqual(['j', 'j', 'enter']);
	});

	test('named keys and Ctrl', () => {
		expect(keyNames('', {...none, downArrow: true})).toEqual(['down']);
		expect(keyNames('c', {...none, ctrl: true})).toEqual(['ctrl+c']);
		expect(keyNames(' ', none)).toEqual(['space']);
	});
});

describe('keymap', () => {
	test('keys do what less and glow users expect', () => {
		expect(actionFor('j', 'article')).toBe('line-down');
		expect(actionFor('space', 'article')).toBe('page-down');
		expect(actionFor('G', 'article')).toBe('bottom');
		expect(actionFor('q', 'article')).toBe('close');
		expect(actionFor('escape', 'article')).toBe('back');
		expect(actionFor('ctrl+f', 'article')).toBe('page-down');
		expect(actionFor('ctrl+b', 'article')).toBe('page-up');
		expect(actionFor('ctrl+d', 'article')).toBe('half-down');
		expect(actionFor('ctrl+u', 'article')).toBe('half-up');
		expect(actionFor('t', 'article')).toBe('contents');
		expect(actionFor('L', 'article')).toBe('links');
		expect(actionFor('}', 'article')).toBe('next-heading');
		expect(actionFor('enter', 'menu')).toBe('open');
		expect(actionFor('q', 'list')).toBe('quit');
		expect(actionFor('/', 'list')).toBe('filter');
		expect(actionFor('/', 'article')).toBe('search');
	});

	test('no key means two things on one screen', () => {
		for (const screen of ['list', 'article', 'menu'] as const) {
			const keys = keymap.filter(binding => binding.screens.includes(screen)).flatMap(binding => binding.keys);
			expect(new Set(keys).size).toBe(keys.length);
		}
	});

	test('help lists every binding of a screen', () => {
		expect(helpRows('article')).toContainEqual(['n', 'next match']);
		expect(helpRows('list').length).toBe(keymap.filter(binding => binding.screens.includes('list')).length);
	});
});
