import {describe, expect, test} from 'vitest';
import {initialState, visiblePosts} from '../../../source/core/reader/state.js';
import {readerEnvironment, readerPosts, run} from '../../helpers/reader.js';

const environment = readerEnvironment();
const start = initialState(readerPosts, {read: new Set(['a'])}, environment).state;

describe('the list, as newsboat users expect it', () => {
	test('n selects the next unread post, wrapping; it says so when all are read', () => {
		expect(run(start, environment, 'n').state.selected).toBe(1);
		expect(run(start, environment, 'n', 'n').state.selected).toBe(2);
		expect(run(start, environment, 'n', 'n', 'n').state.selected).toBe(1);
		const allRead = initialState(readerPosts, {read: new Set(['a', 'b', 'c'])}, environment).state;
		expect(run(allRead, environment, 'n').state.notice).toBe('No unread posts here.');
	});

	test('u shows only the unread posts, and again all of them', () => {
		const only = run(start, environment, 'u').state;
		expect(visiblePosts(only, readerPosts).map(post => post.slug)).toEqual(['b', 'c']);
		// A post read meanwhile stays in view until the toggle, so the cursor never jumps.
		const opened = run(only, environment, 'enter', 'q').state;
		expect(visiblePosts(opened, readerPosts).map(post => post.slug)).toEqual(['b', 'c']);
		expect(visiblePosts(run(only, environment, 'u').state, readerPosts)).toHaveLength(3);
	});

	test('A asks first, and y marks every unread post shown read', () => {
		const asking = run(start, environment, 'A').state;
		expect(asking).toMatchObject({screen: 'confirm', notice: 'Mark 2 posts read? y / n'});
		const yes = run(asking, environment, 'y');
		expect(yes.effects).toEqual([{type: 'mark-read', slugs: ['b', 'c'], read: true}]);
		expect(yes.state).toMatchObject({screen: 'list', notice: 'Marked 2 read.'});
		expect(run(asking, environment, 'n')).toMatchObject({state: {screen: 'list', notice: 'Nothing marked.'}, effects: []});
		const filtered = run(start, environment, '/', 'b', 'a', 'c', 'k', 'enter', 'A', 'y');
		expect(filtered.effects).toEqual([{type: 'mark-read', slugs: ['b'], read: true}]);
	});
});
