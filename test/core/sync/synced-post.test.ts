import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parsePost} from '../../../source/core/content/post.js';
import {formatSyncedPost, readExistingPosts} from '../../../source/core/sync/synced-post.js';
import {makeContent} from '../../helpers/content.js';

const prepared = {identity: 'id: 1', slugBase: 'x', title: 'No: 1 "quoted" #hash', date: '2026-12-01', author: 'true', summary: '- dash', tags: ['null', '12'], url: 'https://x.example/p', body: 'Body text.'};

describe('synced posts', () => {
	test('the file reads back as the same post, whatever YAML would make of the values unquoted', () => {
		const text = formatSyncedPost(prepared, '2026-12-03T15:00:00.000Z');
		const parsed = parsePost('x', 'x.md', text);
		expect('post' in parsed && {title: parsed.post.title, date: parsed.post.date, author: parsed.post.author, summary: parsed.post.summary, tags: parsed.post.tags, body: parsed.post.body})
			.toEqual({title: 'No: 1 "quoted" #hash', date: '2026-12-01', author: 'true', summary: '- dash', tags: ['null', '12'], body: 'Body text.'});
	});

	test('existing posts by slug: synced ones with their source id, hand-written and broken ones without', () => {
		const content = makeContent({'Mixed-Case.md': '---\ntitle: [broken\n---\n', 'hand.md': '---\ntitle: Hand\ndate: 2026-01-01\n---\n'});
		writeFileSync(path.join(content, 'posts', 'synced.md'), formatSyncedPost(prepared, 'T0'));
		const posts = readExistingPosts(path.join(content, 'posts'));
		expect([...posts.values()].map(post => [post.slug, post.sourceId, post.fetched])).toEqual([['mixed-case', undefined, undefined], ['hand', undefined, undefined], ['synced', 'id: 1', 'T0']]);
	});

	test('a FIFO in posts/ holds its slug as a hand-written post, and reading it never waits for a writer', () => {
		const content = makeContent({});
		execFileSync('mkfifo', [path.join(content, 'posts', 'pipe.md')]);
		const posts = readExistingPosts(path.join(content, 'posts'));
		expect([...posts.values()].map(post => [post.slug, post.text, post.sourceId])).toEqual([['pipe', '', undefined]]);
	});
});
