import {readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {openPostIndex} from '../../../source/core/content/post-index.js';
import {makeContent, postText, temporaryDirectory} from '../../helpers/content.js';
import {readIndexParts, writeIndexParts} from '../../helpers/post-index.js';

const later = () => Date.now() + 60_000;
const shown = (directory: string, indexFile: string) => {
	const {posts, warnings} = loadCatalog(directory, openPostIndex(indexFile, later));
	return {warnings, posts: posts.map(post => ({slug: post.slug, title: post.title, date: post.date, author: post.author, summary: post.summary, tags: post.tags, image: post.image, url: post.url, words: post.words, body: post.body}))};
};

/** A content folder whose index has been written once (its folder vouched for by its time). */
function indexed(posts: Record<string, string>) {
	const directory = makeContent(posts);
	// The folder was changed long enough ago to be vouched for by its time.
	const old = new Date(Date.now() - 600_000);
	utimesSync(path.join(directory, 'posts'), old, old);
	for (const name of Object.keys(posts)) {
		utimesSync(path.join(directory, 'posts', name), old, old);
	}

	const indexFile = path.join(temporaryDirectory(), 'clinic-read', 'index.json');
	const plain = shown(directory, indexFile);
	return {directory, indexFile, plain, parts: readIndexParts(indexFile)};
}

/** An edit in place: new content, the folder's time put back as it was (as an editor writing into the file leaves it). */
function editInPlace(directory: string, name: string, text: string, fileTime = new Date()) {
	const posts = path.join(directory, 'posts');
	const folderTime = statSync(posts).mtime;
	writeFileSync(path.join(posts, name), text);
	utimesSync(path.join(posts, name), fileTime, fileTime);
	utimesSync(posts, folderTime, folderTime);
}

const alpha = postText({title: 'Alpha', date: '2026-01-01', author: 'Ann', summary: 'About alpha.', tags: '[knee, hip]', url: 'https://example.com/a'}, 'Alpha body, four words.');
const beta = postText({title: 'Beta', date: '2026-01-02', 'image': '{alt: A knee}'});

describe('the catalogue index', () => {
	test('gives the same posts from the index as from the files', () => {
		const {directory, indexFile, plain} = indexed({'a.md': alpha, 'b.md': beta});
		expect(shown(directory, indexFile)).toEqual(plain);
		expect(plain.posts.map(post => post.title)).toEqual(['Beta', 'Alpha']);
		expect(loadCatalog(directory).posts.map(post => [post.title, post.words, post.tags])).toEqual(plain.posts.map(post => [post.title, post.words, post.tags]));
	});

	test('is kept in the folder it is given, created if missing, the list fields apart from the details', () => {
		const {indexFile, parts} = indexed({'a.md': alpha});
		expect(path.basename(path.dirname(indexFile))).toBe('clinic-read');
		expect(parts.magic).toBe('clinic-read index 4');
		expect(parts.columns.names).toEqual(['a.md']);
		expect(parts.columns.titles).toEqual(['Alpha']);
		expect(JSON.parse(parts.details[0]!)).toMatchObject({author: 'Ann', words: 4});
	});

	test('an edit in place is seen at once, however many posts (the folder\'s time does not change)', () => {
		const {directory, indexFile} = indexed({'a.md': alpha, 'b.md': beta});
		editInPlace(directory, 'a.md', alpha.replace('Alpha', 'Alpha, revised').replace('four words', 'now five words'));
		const {posts} = shown(directory, indexFile);
		expect(posts.map(post => post.title)).toEqual(['Beta', 'Alpha, revised']);
		expect(posts[1]).toMatchObject({words: 5, body: 'Alpha body, now five words.'});
		// And from the index it saved in turn.
		expect(shown(directory, indexFile).posts[1]?.title).toBe('Alpha, revised');
	});

	test('an added post appears, a removed one disappears', () => {
		const {directory, indexFile} = indexed({'a.md': alpha, 'b.md': beta});
		writeFileSync(path.join(directory, 'posts', 'c.md'), postText({title: 'Gamma', date: '2026-01-03'}));
		expect(shown(directory, indexFile).posts.map(post => post.title)).toEqual(['Gamma', 'Beta', 'Alpha']);
		rmSync(path.join(directory, 'posts', 'b.md'));
		expect(shown(directory, indexFile).posts.map(post => post.title)).toEqual(['Gamma', 'Alpha']);
		expect(readIndexParts(indexFile).columns.names).toEqual(['a.md', 'c.md']);
	});

	test('a post removed while the folder\'s time is put back is gone, not shown from the index', () => {
		const {directory, indexFile} = indexed({'a.md': alpha, 'b.md': beta});
		const posts = path.join(directory, 'posts');
		const folderTime = statSync(posts).mtime;
		rmSync(path.join(posts, 'b.md'));
		utimesSync(posts, folderTime, folderTime);
		const {posts: shownPosts, warnings} = shown(directory, indexFile);
		expect(shownPosts.map(post => post.title)).toEqual(['Alpha']);
		expect(warnings).toEqual([expect.stringMatching(/b\.md: cannot read \(ENOENT\)/)]);
	});

	test('keeps the schedule of a post with its list fields, and refuses a tampered one', () => {
		const scheduled = postText({title: 'Flu clinic', date: '2026-01-05', show_from: '2026-01-10', show_until: '2026-02-01T18:00', pinned: 'true'});
		const {directory, indexFile, parts} = indexed({'a.md': alpha, 'f.md': scheduled});
		const schedule = () => loadCatalog(directory, openPostIndex(indexFile, later)).posts.map(post => [post.slug, post.showFrom, post.showUntil, post.pinned]);
		expect(schedule()).toEqual([['f', '2026-01-10', '2026-02-01T18:00', true], ['a', undefined, undefined, undefined]]);
		expect(parts.columns.schedules).toEqual({1: {showFrom: '2026-01-10', showUntil: '2026-02-01T18:00', pinned: true}});
		writeIndexParts(indexFile, {...parts, columns: {...parts.columns, schedules: {1: {showFrom: '2026-01-10', pinned: 'yes\u001B[2J'}}}});
		expect(schedule()).toEqual([['f', '2026-01-10', '2026-02-01T18:00', true], ['a', undefined, undefined, undefined]]);
	});

	test('a tampered field never reaches a post: the file is read instead', () => {
		const {directory, indexFile, plain, parts} = indexed({'a.md': alpha});
		writeIndexParts(indexFile, {
			header: parts.header,
			columns: {...parts.columns, titles: ['Alpha\u001B]0;PWNED\u0007']},
			details: [parts.details[0]!.replace('"Ann"', String.raw`"\u009B2J Ann"`)],
		});
		const {posts} = shown(directory, indexFile);
		expect(posts).toEqual(plain.posts);
		expect(JSON.stringify(posts)).not.toMatch(/\\u001b|\\u009b|PWNED/i);
	});

	test('tampered details alone are read from the file', () => {
		const {directory, indexFile, plain, parts} = indexed({'a.md': alpha});
		for (const details of ['{"tags":"knee","words":4}', '{"tags":[],"words":-1}', '{"summary":"\\u0007","tags":[],"words":1}', 'not json', '{"tags":[],"words":1,"image":{"alt":"x","onerror":"y"}}']) {
			writeIndexParts(indexFile, {...parts, details: [details]});
			expect(shown(directory, indexFile).posts).toEqual(plain.posts);
		}
	});

	test('details from another save of the index are never matched to these heads', () => {
		const {directory, indexFile, plain, parts} = indexed({'a.md': alpha});
		const index = openPostIndex(indexFile, later);
		writeIndexParts(indexFile, {header: {...parts.header, id: 'another save'}, columns: parts.columns, details: ['{"author":"Mallory","tags":[],"words":1}']});
		const post = loadCatalog(directory, index).posts[0]!;
		expect([post.author, post.words]).toEqual([plain.posts[0]!.author, plain.posts[0]!.words]);
	});

	test('a stored name that is a path is never a post; the folder is read again', () => {
		const {directory, indexFile, plain, parts} = indexed({'a.md': alpha});
		const {columns} = parts;
		writeIndexParts(indexFile, {header: parts.header, details: [...parts.details, 'null'], columns: {
			...columns, names: ['../../evil.md', ...columns.names], sizes: [10, ...columns.sizes], mtimes: [1, ...columns.mtimes], dates: ['2026-01-09', ...columns.dates], titles: ['Evil', ...columns.titles],
		}});
		const {posts, warnings} = shown(directory, indexFile);
		expect(posts).toEqual(plain.posts);
		expect(warnings).toEqual([]);
	});

	test('an index that is not one, cut short, or not there, only costs speed; it is written anew', () => {
		const {directory, indexFile, plain} = indexed({'a.md': alpha, 'b.md': beta});
		const good = readFileSync(indexFile, 'utf8');
		const broken = ['', 'clinic-read index 3\n{"savedAt":1}\n[]\n', '{"version": 1, "entries": ', 'clinic-read index 4\nnull\n{}\n', good.slice(0, good.length / 2), good.replace('"headsBytes":', '"headsBytes":1'), good.replace('"names":[', '"names":[1,')];
		for (const text of broken) {
			writeFileSync(indexFile, text);
			expect(shown(directory, indexFile)).toEqual(plain);
			expect(readIndexParts(indexFile).columns.names).toEqual(['a.md', 'b.md']);
		}

		expect(shown(directory, '/nonexistent/clinic-read/index.json')).toEqual(plain);
	});

	test('a file changed in the last two seconds is parsed again next time, not trusted', () => {
		const directory = makeContent({'a.md': alpha});
		const indexFile = path.join(temporaryDirectory(), 'index.json');
		loadCatalog(directory, openPostIndex(indexFile));
		const file = path.join(directory, 'posts', 'a.md');
		const {mtime} = statSync(file);
		// Same size, same time: only a racy entry can tell this edit from no edit.
		writeFileSync(file, alpha.replace('Alpha', 'Omega'));
		utimesSync(file, mtime, mtime);
		expect(loadCatalog(directory, openPostIndex(indexFile)).posts[0]?.title).toBe('Omega');
	});
});
