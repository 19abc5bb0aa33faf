import {describe, expect, test} from 'vitest';
import {helpRows} from '../../../source/core/reader/keymap.js';
import {initialState} from '../../../source/core/reader/state.js';
import {readerEnvironment, readerPosts, run} from '../../helpers/reader.js';

const environment = readerEnvironment();
const start = initialState(readerPosts, {read: new Set()}, environment).state;

describe('the help overlay', () => {
	test('scrolls with j/k and Space so every key is reachable, and any other key goes back', () => {
		const help = run(start, environment, 'enter', '?').state;
		expect(help).toMatchObject({screen: 'help', menu: {top: 0}});
		expect(run(help, environment, 'j', 'j').state.menu.top).toBe(2);
		const last = helpRows('article').length - environment.menuHeight;
		expect(run(help, environment, 'G').state.menu.top).toBe(last);
		expect(run(help, environment, 'space').state.menu.top).toBe(2);
		expect(run(help, environment, 'x').state.screen).toBe('article');
		expect(run(help, environment, 'q').state.screen).toBe('article');
	});
});

describe('the contents and links overlays', () => {
	test('keep the cursor in view as it moves', () => {
		const contents = run(start, environment, 'enter', 't').state;
		expect(run(contents, environment, 'j', 'j').state.menu).toEqual({cursor: 2, top: 1});
		expect(run(contents, environment, 'G', 'g').state.menu).toEqual({cursor: 0, top: 0});
	});
});
