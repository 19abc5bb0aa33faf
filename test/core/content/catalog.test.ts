import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {makeContent, postText, temporaryDirectory} from '../../helpers/content.js';

describe('loadCatalog', () => {
	test('sorts newest first and skips bad posts with one warning each', () => {
		const directory = makeContent({
			'old.md': postText({title: 'Old', date: '2020-01-01'}),
			'new.md': postText({title: 'New', date: '2026-01-01'}),
			'no-title.md': postText({date: '2026-01-01'}),
			'bad-date.md': postText({title: 'Bad', date: '2026-02-31'}),
			'Bad Name.md': postText({title: 'Spaces', date: '2026-01-01'}),
			'notes.txt': 'not a post',
		});
		const {posts, warnings} = loadCatalog(directory);
		expect(posts.map(post => post.slug)).toEqual(['new', 'old']);
		expect(warnings).toHaveLength(3);
		expect(warnings.find(warning => warning.includes('no-title.md'))).toMatch(/no-title\.md: missing "title"$/);
		expect(warnings.find(warning => warning.includes('bad-date.md'))).toMatch(/impossible date "2026-02-31"/);
		expect(warnings.find(warning => warning.includes('Bad Name.md'))).toMatch(/file name is not a slug/);
	});

	test('never lets two posts share a slug', () => {
		const directory = makeContent({
			'same.md': postText({title: 'First', date: '2026-01-01'}),
			'SAME.md': postText({title: 'Second', date: '2026-01-02'}),
		});
		const {posts, warnings} = loadCatalog(directory);
		expect(posts).toHaveLength(1);
		expect(warnings[0]).toMatch(/slug "same" is already used by/);
	});

	test('orders posts of the same day by title', () => {
		const directory = makeContent({'b.md': postText({title: 'Beta', date: '2026-01-01'}), 'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
		expect(loadCatalog(directory).posts.map(post => post.title)).toEqual(['Alpha', 'Beta']);
	});

	test('a missing folder is a warning, not a crash', () => {
		const {posts, warnings} = loadCatalog('/nonexistent/clinic-read');
		expect(posts).toEqual([]);
		expect(warnings[0]).toMatch(/posts: no such folder$/);
	});

	test('loads the bundled posts with no warnings', () => {
		const {posts, warnings} = loadCatalog('content');
		expect(warnings).toEqual([]);
		expect(posts.length).toBeGreaterThanOrEqual(4);
		expect(posts.find(post => post.slug === 'trigger-point-therapy')).toMatchObject({date: '2022-10-03', title: "A Beginner's Guide to Trigger Point Therapy"});
	});
});

describe('loadCatalog with an index', () => {
	test('gives the same posts as without, reads unchanged files from the index, and notices every change', async () => {
		const {openPostIndex} = await import('../../../source/core/content/post-index.js');
		const {writeFileSync, utimesSync, rmSync, readFileSync} = await import('node:fs');
		const path = await import('node:path');
		const directory = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'}, 'Alpha body.'), 'b.md': postText({title: 'Beta', date: '2026-01-02'})});
		const indexFile = path.join(temporaryDirectory(), 'index.json');
		const plain = loadCatalog(directory);
		const first = loadCatalog(directory, openPostIndex(indexFile));
		expect(first.posts.map(post => [post.slug, post.title, post.body, post.words])).toEqual(plain.posts.map(post => [post.slug, post.title, post.body, post.words]));
		expect(readFileSync(indexFile, 'utf8')).toContain('"names":["a.md","b.md"]');

		const cached = loadCatalog(directory, openPostIndex(indexFile)).posts.find(post => post.slug === 'a')!;
		expect([cached.title, cached.body, cached.file]).toEqual(['Alpha', 'Alpha body.', path.join(directory, 'posts', 'a.md')]);

		const file = path.join(directory, 'posts', 'a.md');
		writeFileSync(file, postText({title: 'Alpha, revised', date: '2026-01-01'}, 'New body.'));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		writeFileSync(path.join(directory, 'posts', 'c.md'), postText({title: 'Gamma', date: 'not a date'}));
		rmSync(path.join(directory, 'posts', 'b.md'));
		const changed = loadCatalog(directory, openPostIndex(indexFile));
		expect(changed.posts.map(post => post.title)).toEqual(['Alpha, revised']);
		expect(changed.warnings).toEqual([expect.stringMatching(/c\.md: impossible date "not a date"/)]);
		expect(loadCatalog(directory, openPostIndex(indexFile)).warnings).toEqual(changed.warnings);
		expect((JSON.parse(readFileSync(indexFile, 'utf8').split('\n')[2]!) as {names: string[]}).names).toEqual(['a.md', 'c.md']);
	});

	test('a broken or unwritable index only costs speed', async () => {
		const {openPostIndex} = await import('../../../source/core/content/post-index.js');
		const {writeFileSync} = await import('node:fs');
		const path = await import('node:path');
		const directory = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
		const broken = path.join(temporaryDirectory(), 'index.json');
		writeFileSync(broken, '{"version": 1, "entries": ');
		expect(loadCatalog(directory, openPostIndex(broken)).posts).toHaveLength(1);
		expect(loadCatalog(directory, openPostIndex('/nonexistent/folder/index.json')).posts).toHaveLength(1);
	});
});
