import {describe, expect, test} from 'vitest';
import {mergeCatalogs} from '../../../source/core/content/merge.js';
import {fakePost} from '../../helpers/content.js';

describe('mergeCatalogs', () => {
	test('synced posts sit beside the bundled ones, newest first; a synced slug a bundled post has is left out and reported', () => {
		const bundled = {posts: [fakePost('knee', {date: '2026-01-01', file: '/pkg/content/posts/knee.md'}), fakePost('hip', {date: '2025-01-01'})], warnings: ['bundled warning']};
		const synced = {posts: [fakePost('new-post', {date: '2026-12-01'}), fakePost('knee', {date: '2026-12-02', file: '/data/posts/knee.md'})], warnings: []};
		const merged = mergeCatalogs(bundled, synced);
		expect(merged.posts.map(post => post.slug)).toEqual(['new-post', 'knee', 'hip']);
		expect(merged.posts[1]!.file).toBe('/pkg/content/posts/knee.md');
		expect(merged.warnings).toEqual(['bundled warning', '/data/posts/knee.md: slug "knee" is already used by the bundled post /pkg/content/posts/knee.md; not shown (rename one of them)']);
	});
});
