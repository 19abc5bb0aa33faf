import {describe, expect, test} from 'vitest';
import {filterPosts, findMatches} from '../../../source/core/content/filter.js';
import {fakePost} from '../../helpers/content.js';

const posts = [
	fakePost('arthritis', {title: 'Arthritis care', tags: ['arthritis', 'exercise'], summary: 'Gentle movement for stiff joints.', body: 'Warm up first.'}),
	fakePost('back-pain', {title: 'Back pain basics', tags: ['back'], body: 'Walk a little every day.'}),
	fakePost('calf-strain', {title: 'Calf strain recovery', tags: ['injury-recovery'], summary: undefined, body: 'Rest, then stretch the calf.'}),
];
const slugs = (query: string) => filterPosts(posts, query).map(post => post.slug);

describe('filterPosts', () => {
	test.each([
		['an empty query keeps every post', '', ['arthritis', 'back-pain', 'calf-strain']],
		['spaces alone are an empty query', '   ', ['arthritis', 'back-pain', 'calf-strain']],
		['by title, ignoring case', 'BACK', ['back-pain']],
		['by tag', 'injury', ['calf-strain']],
		['by summary', 'stiff', ['arthritis']],
		['by the text', 'walk', ['back-pain']],
		['every word must match, anywhere in the post', 'calf stretch', ['calf-strain']],
		['one word that matches nothing empties the list', 'calf knee', []],
		['several posts keep their order', 'a', ['arthritis', 'back-pain', 'calf-strain']],
	])('%s', (_, query, expected) => {
		expect(slugs(query)).toEqual(expected);
	});

	test('an empty query gives back the same list, so a memo keyed on it holds', () => {
		expect(filterPosts(posts, '')).toBe(posts);
	});
});

describe('findMatches', () => {
	const lines = ['Knee pain', '', 'Stretch the knee.', 'Rest the KNEE', 'Walk.'];

	test.each([
		['each line holding the query, ignoring case', 'knee', [0, 2, 3]],
		['none', 'hip', []],
		['an empty query matches nothing', '', []],
		['a query across words', 'the knee', [2, 3]],
	])('%s', (_, query, expected) => {
		expect(findMatches(lines, query)).toEqual(expected);
	});
});
