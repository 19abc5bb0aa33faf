import {expect, test} from 'vitest';
import {nextPostChange, pinnedFirst, spanHolds, visiblePosts, visibleSpan} from '../../../source/core/content/visible.js';
import {fakePost} from '../../helpers/content.js';

const zone = 'America/Toronto';
const posts = [
	fakePost('seasonal', {date: '2026-12-10', showFrom: '2026-12-10', showUntil: '2027-01-08'}),
	fakePost('welcome', {date: '2025-06-01', pinned: true}),
	fakePost('news', {date: '2026-11-30'}),
	fakePost('old-pin', {date: '2024-01-01', pinned: true}),
	fakePost('gone', {date: '2026-01-01', showUntil: '2026-11-30T17:00'}),
];
const slugs = (list: readonly {readonly slug: string}[]) => list.map(post => post.slug);

test('pinned first, newest pinned first, then the rest in their order', () => {
	expect(slugs(pinnedFirst(posts))).toEqual(['welcome', 'old-pin', 'seasonal', 'news', 'gone']);
});

test.each([
	['2026-11-30T21:59:00Z', ['welcome', 'old-pin', 'news', 'gone']],
	['2026-11-30T22:00:00Z', ['welcome', 'old-pin', 'news']],
	['2026-12-10T04:59:00Z', ['welcome', 'old-pin', 'news']],
	['2026-12-10T05:00:00Z', ['welcome', 'old-pin', 'seasonal', 'news']],
	['2027-01-09T04:59:00Z', ['welcome', 'old-pin', 'seasonal', 'news']],
	['2027-01-09T05:00:00Z', ['welcome', 'old-pin', 'news']],
])('visible at %s', (instant, expected) => {
	expect(slugs(visiblePosts(posts, Date.parse(instant), zone))).toEqual(expected);
});

test('the next change is the nearest window edge', () => {
	expect(new Date(nextPostChange(posts, Date.parse('2026-12-01T00:00:00Z'), zone)!).toISOString()).toBe('2026-12-10T05:00:00.000Z');
});

test('a span of visible posts holds from its start until the next window edge, for the same posts and zone', () => {
	const start = Date.parse('2026-12-01T00:00:00Z');
	const edge = Date.parse('2026-12-10T05:00:00Z');
	const span = visibleSpan(posts, start, zone);
	expect(slugs(span.posts)).toEqual(['welcome', 'old-pin', 'news']);
	expect(span.until).toBe(edge);
	expect(spanHolds(span, posts, edge - 1, zone)).toBe(true);
	expect(spanHolds(span, posts, edge, zone)).toBe(false);
	expect(spanHolds(span, posts, start - 1, zone)).toBe(false);
	expect(spanHolds(span, [...posts], start, zone)).toBe(false);
	expect(spanHolds(span, posts, start, 'Europe/London')).toBe(false);
	// No post with a window: it holds for good.
	const unscheduled = posts.slice(1, 4);
	expect(spanHolds(visibleSpan(unscheduled, start, zone), unscheduled, Number.MAX_SAFE_INTEGER, zone)).toBe(true);
});
