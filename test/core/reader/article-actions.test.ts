import {describe, expect, test} from 'vitest';
import {initialState} from '../../../source/core/reader/state.js';
import {readerEnvironment, readerPosts, run} from '../../helpers/reader.js';

const environment = readerEnvironment();
const start = initialState(readerPosts, {read: new Set()}, environment).state;
const reading = run(start, environment, 'enter').state;
const at = (names: string[]) => run(reading, environment, ...names).state.offsets['a'];

describe('the pager, as less users expect it', () => {
	test('Ctrl-F/B/D/U page and half-page', () => {
		expect(at(['ctrl+f'])).toBe(10);
		expect(at(['ctrl+f', 'ctrl+f', 'ctrl+b'])).toBe(10);
		expect(at(['ctrl+d'])).toBe(5);
		expect(at(['ctrl+d', 'ctrl+d', 'ctrl+u'])).toBe(5);
	});

	test('a count before G or g goes to that line, before % to that percent', () => {
		expect(at(['4', '2', 'G'])).toBe(41);
		expect(at(['G', '7', 'g'])).toBe(6);
		expect(at(['5', '0', '%'])).toBe(50);
		expect(at(['G'])).toBe(90);
		expect(at(['4', '2', 'j'])).toBe(1);
		expect(run(reading, environment, '1', '2').state.notice).toBe('12');
	});

	test('{ and } move between headings; t lists them and Enter jumps', () => {
		expect(at(['}'])).toBe(20);
		expect(at(['}', '}'])).toBe(50);
		expect(at(['G', '{'])).toBe(80);
		expect(run(reading, environment, '{').state.notice).toBe('No heading above.');
		const contents = run(reading, environment, '}', '}', 't').state;
		expect(contents).toMatchObject({screen: 'contents', menu: {cursor: 1}});
		expect(run(contents, environment, 'j', 'enter').state).toMatchObject({screen: 'article', offsets: {a: 80}});
		expect(run(contents, environment, 'q').state).toMatchObject({screen: 'article', offsets: {a: 50}});
	});

	test('L lists the links; a number opens one with the system opener, web, mail and phone only', () => {
		const links = run(reading, environment, 'L').state;
		expect(links.screen).toBe('links');
		expect(run(links, environment, '1').effects).toEqual([{type: 'open-url', url: 'https://example.com/book'}]);
		expect(run(links, environment, 'j', 'enter').effects).toEqual([{type: 'open-url', url: 'tel:+19055550100'}]);
		const refused = run(links, environment, '3');
		expect(refused.effects).toEqual([]);
		expect(refused.state.notice).toMatch(/^Only web, mail and phone links open/);
		expect(run(links, environment, '9').state.notice).toBe('No link 9.');
	});

	test('o on a post without a web address says why', () => {
		const result = run(reading, environment, 'o');
		expect(result.effects).toEqual([]);
		expect(result.state.notice).toMatch(/no web address/);
		expect(run(result.state, environment, 'j').state.notice).toBeUndefined();
	});

	test('r asks the app to reload the post from disk', () => {
		expect(run(reading, environment, 'r').effects).toEqual([{type: 'reload', slug: 'a'}]);
	});

	test('Space at the end offers the next unread post, and a second Space opens it', () => {
		const end = run(reading, environment, 'G', 'space').state;
		expect(end.notice).toBe('End. Space: next unread, “Back pain”');
		const next = run(end, environment, 'space');
		expect(next.state).toMatchObject({screen: 'article', slug: 'b'});
		expect(next.effects).toContainEqual({type: 'mark-read', slugs: ['b'], read: true});
		expect(run(end, environment, 'k', 'j', 'space').state.slug).toBe('a');
	});
});

describe('q where the pager was opened', () => {
	test('opened from the shell (read 3), q quits, saving the place', () => {
		const fromShell = initialState(readerPosts, {read: new Set(), openSlug: 'b'}, environment).state;
		expect(run(fromShell, environment, 'q').effects).toEqual([{type: 'save-position', slug: 'b', position: 0}, {type: 'quit'}]);
		expect(run(fromShell, environment, 'escape').state.screen).toBe('list');
	});

	test('opened from the list, q goes back to the list', () => {
		expect(run(reading, environment, 'q')).toMatchObject({state: {screen: 'list'}, effects: [{type: 'save-position'}]});
		const fromShell = initialState(readerPosts, {read: new Set(), openSlug: 'b'}, environment).state;
		expect(run(fromShell, environment, 'escape', 'enter', 'q').state.screen).toBe('list');
	});
});
