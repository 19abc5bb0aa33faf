import {describe, expect, test} from 'vitest';
import {planSync, uniqueSlug} from '../../../source/core/sync/plan.js';
import type {PreparedPost} from '../../../source/core/sync/prepare.js';
import {type ExistingPost, formatSyncedPost} from '../../../source/core/sync/synced-post.js';

const post = (identity: string, slugBase: string, title = slugBase): PreparedPost => ({identity, slugBase, title, date: '2026-12-01', tags: [], body: 'Body.'});
const synced = (slug: string, prepared: PreparedPost): ExistingPost => ({slug, file: `/c/posts/${slug}.md`, text: formatSyncedPost(prepared, 'T0'), sourceId: prepared.identity, fetched: 'T0'});

describe('planSync', () => {
	test('a known item keeps its slug, even when its address changed; unchanged text is left alone', () => {
		const existing = new Map([['old-slug', synced('old-slug', post('id-1', 'old-slug'))]]);
		expect(planSync([post('id-1', 'new-address')], existing, '/c/posts', 'T1')).toEqual([
			{action: 'updated', slug: 'old-slug', file: '/c/posts/old-slug.md', title: 'new-address', text: formatSyncedPost(post('id-1', 'new-address'), 'T1')},
		]);
		expect(planSync([post('id-1', 'old-slug')], existing, '/c/posts', 'T1')).toEqual([{action: 'unchanged', slug: 'old-slug', file: '/c/posts/old-slug.md', title: 'old-slug'}]);
	});

	test('a new item whose slug another synced post has takes -2; one whose slug a hand-written post has is skipped', () => {
		const existing = new Map<string, ExistingPost>([
			['knee', synced('knee', post('id-1', 'knee'))],
			['hand', {slug: 'hand', file: '/c/posts/hand.md', text: '---\ntitle: Hand\n---\n'}],
		]);
		expect(planSync([post('id-2', 'knee'), post('id-3', 'hand'), post('id-4', 'knee')], existing, '/c/posts', 'T1').map(entry => [entry.action, entry.slug])).toEqual([
			['new', 'knee-2'],
			['skipped', 'hand'],
			['new', 'knee-3'],
		]);
	});

	test('an item listed twice counts once; posts that left the feed are not touched', () => {
		const existing = new Map([['gone', synced('gone', post('id-9', 'gone'))]]);
		expect(planSync([post('id-1', 'a'), post('id-1', 'a')], existing, '/c/posts', 'T1').map(entry => entry.slug)).toEqual(['a']);
	});

	test('uniqueSlug', () => {
		expect(uniqueSlug('a', slug => ['a', 'a-2'].includes(slug))).toBe('a-3');
	});
});
