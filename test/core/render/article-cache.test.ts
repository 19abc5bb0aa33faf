import {describe, expect, test} from 'vitest';
import type {Post} from '../../../source/core/content/post.js';
import {createArticleCache} from '../../../source/core/render/article-cache.js';
import {fakePost} from '../../helpers/content.js';

function counted() {
	const calls: string[] = [];
	const cache = createArticleCache((post: Post, width: number) => {
		calls.push(`${post.slug}@${width}`);
		return [`\u001B[1m${post.title}\u001B[22m`, `${width} columns`];
	});
	return {cache, calls};
}

describe('createArticleCache', () => {
	test('renders a post once per width and gives the plain lines beside the styled ones', () => {
		const {cache, calls} = counted();
		const post = fakePost('knee');
		const first = cache.get(post, 80);
		expect(first).toMatchObject({styled: ['\u001B[1mTitle of knee\u001B[22m', '80 columns'], plain: ['Title of knee', '80 columns']});
		expect(cache.get(post, 80)).toBe(first);
		expect(cache.get(fakePost('back'), 80).plain[0]).toBe('Title of back');
		expect(calls).toEqual(['knee@80', 'back@80']);
	});

	test('a post read again from disk (a new object) renders again; its outline is worked out once', () => {
		const {cache, calls} = counted();
		const post = fakePost('knee', {body: '## Causes\n\nSee [the clinic](https://example.com).'});
		const first = cache.get(post, 80);
		expect(first.outline()).toBe(first.outline());
		expect(first.outline().links).toEqual([{label: 'the clinic', url: 'https://example.com'}]);
		cache.get({...post}, 80);
		expect(calls).toEqual(['knee@80', 'knee@80']);
	});

	test('a new width renders again and forgets the old width, so it holds one rendering per post', () => {
		const {cache, calls} = counted();
		const post = fakePost('knee');
		cache.get(post, 80);
		expect(cache.get(post, 60).plain[1]).toBe('60 columns');
		cache.get(post, 80);
		expect(calls).toEqual(['knee@80', 'knee@60', 'knee@80']);
	});
});
