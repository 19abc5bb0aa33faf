import {describe, expect, test} from 'vitest';
import {resolvePost, suggestSlugs} from '../../../source/core/content/lookup.js';
import {fakePost} from '../../helpers/content.js';

const posts = [fakePost('trigger-point-therapy'), fakePost('gait-training'), fakePost('pelvic-floor-physiotherapy')];

describe('resolvePost', () => {
	test('finds a post by slug, ignoring case, or by its position in the list', () => {
		expect(resolvePost(posts, 'Gait-Training').slug).toBe('gait-training');
		expect(resolvePost(posts, '3').slug).toBe('pelvic-floor-physiotherapy');
	});

	test('suggests the nearest slug for a typo', () => {
		expect(() => resolvePost(posts, 'xyz-trigger')).toThrow('no post "xyz-trigger". Did you mean "trigger-point-therapy"?');
		expect(() => resolvePost(posts, 'trigr')).toThrow('Did you mean "trigger-point-therapy"?');
	});

	test('says how many posts there are for a number out of range', () => {
		expect(() => resolvePost(posts, '9')).toThrow('no post number 9; there are 3 posts');
		expect(() => resolvePost(posts, '0')).toThrow('no post number 0');
	});

	test('suggests nothing when nothing is close, and never echoes escapes', () => {
		expect(() => resolvePost(posts, 'zzzzzzzzzzzz\u001B[2J')).toThrow('no post "zzzzzzzzzzzz"; run "clinic-read list" to see them');
	});
});

describe('suggestSlugs', () => {
	test('ranks substring matches first', () => {
		expect(suggestSlugs(posts, 'physio', 2)).toEqual(['pelvic-floor-physiotherapy']);
	});
});
