import {readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {openPostIndex} from '../../../source/core/content/post-index.js';
import {makeContent, postText, temporaryDirectory} from '../../helpers/content.js';

const later = () => Date.now() + 60_000;
const shown = (directory: string, indexFile: string, trustAbove?: number) => {
	const {posts, warnings} = loadCatalog(directory, openPostIndex(indexFile, later), trustAbove === undefined ? {} : {trustAbove});
	return {warnings, posts: posts.map(post => ({slug: post.slug, title: post.title, date: post.date, author: post.author, summary: post.summary, tags: post.tags, image: post.image, url: post.url, words: post.words, body: post.body}))};
};

/** A content folder whose index has been written once, and the index's lines. */
function indexed(posts: Record<string, string>) {
	const directory = makeContent(posts);
	// The folder was changed long enough ago to be vouched for by its time.
	const old = new Date(Date.now() - 600_000);
	utimesSync(path.join(directory, 'posts'), old, old);
	const indexFile = path.join(temporaryDirectory(), 'clinic-read', 'index.json');
	const plain = shown(directory, indexFile);
	return {directory, indexFile, plain, lines: readFileSync(indexFile, 'utf8').split('\n')};
}

const alpha = postText({title: 'Alpha', date: '2026-01-01', author: 'Ann', summary: 'About alpha.', tags: '[knee, hip]', url: 'https://example.com/a'}, 'Alpha body, four words.');

describe('the catalogue index', () => {
	test('gives the same posts from the index as from the files, by file and by folder', () => {
		const {directory, indexFile, plain} = indexed({'a.md': alpha, 'b.md': postText({title: 'Beta', date: '2026-01-02', 'image': '{alt: A knee}'})});
		expect(shown(directory, indexFile)).toEqual(plain);
		expect(shown(directory, indexFile, 0)).toEqual(plain);
		expect(plain.posts.map(post => post.title)).toEqual(['Beta', 'Alpha']);
	});

	test('is kept in the folder it is given, created if missing', () => {
		const {indexFile, lines} = indexed({'a.md': alpha});
		expect(path.basename(path.dirname(indexFile))).toBe('clinic-read');
		expect(lines[0]).toBe('clinic-read index 3');
	});

	test('keeps the schedule of a post with its list fields, and refuses a tampered one', () => {
		const scheduled = postText({title: 'Flu clinic', date: '2026-01-05', show_from: '2026-01-10', show_until: '2026-02-01T18:00', pinned: 'true'});
		const {directory, indexFile, lines} = indexed({'a.md': alpha, 'f.md': scheduled});
		const schedule = (from: string) => loadCatalog(directory, openPostIndex(from, later)).posts.map(post => [post.slug, post.showFrom, post.showUntil, post.pinned]);
		expect(schedule(indexFile)).toEqual([['f', '2026-01-10', '2026-02-01T18:00', true], ['a', undefined, undefined, undefined]]);
		expect(lines[2]).toContain('{"showFrom":"2026-01-10","showUntil":"2026-02-01T18:00","pinned":true}');
		writeFileSync(indexFile, [lines[0], lines[1], lines[2]!.replace('"pinned":true', '"pinned":"yes\u001B[2J"'), ...lines.slice(3)].join('\n'));
		expect(schedule(indexFile)).toEqual([['f', '2026-01-10', '2026-02-01T18:00', true], ['a', undefined, undefined, undefined]]);
	});

	test('a tampered field never reaches a post: the file is read instead', () => {
		const {directory, indexFile, plain, lines} = indexed({'a.md': alpha});
		const tampered = [
			lines[0], lines[1], lines[2]!.replace('"Alpha"', String.raw`"Alpha\u001B]0;PWNED\u0007"`),
			lines[3]!.replace('"Ann"', String.raw`"\u009B2J Ann"`), '',
		].join('\n');
		writeFileSync(indexFile, tampered);
		const {posts} = shown(directory, indexFile, 0);
		expect(posts).toEqual(plain.posts);
		expect(JSON.stringify(posts)).not.toMatch(/\\u001b|\\u009b|PWNED/i);
	});

	test('tampered details alone are read from the file', () => {
		const {directory, indexFile, plain, lines} = indexed({'a.md': alpha});
		for (const details of ['{"tags":"knee","words":4}', '{"tags":[],"words":-1}', '{"summary":"\\u0007","tags":[],"words":1}', 'not json', '{"tags":[],"words":1,"image":{"alt":"x","onerror":"y"}}']) {
			writeFileSync(indexFile, [lines[0], lines[1], lines[2], details, ''].join('\n'));
			expect(shown(directory, indexFile, 0).posts).toEqual(plain.posts);
		}
	});

	test('a stored name that is a path is never a post; the folder is read again', () => {
		const {directory, indexFile, plain, lines} = indexed({'a.md': alpha});
		const heads = JSON.parse(lines[2]!) as unknown[][];
		heads.push(['../../evil.md', 10, 1, '2026-01-09', 'Evil']);
		writeFileSync(indexFile, [lines[0], lines[1], JSON.stringify(heads), lines[3], 'null', ''].join('\n'));
		const {posts, warnings} = shown(directory, indexFile, 0);
		expect(posts).toEqual(plain.posts);
		expect(warnings).toEqual([]);
	});

	test('an index that is not one (or not there) only costs speed', () => {
		const {directory, indexFile, plain} = indexed({'a.md': alpha});
		for (const text of ['', 'clinic-read index 2\n{"savedAt":1}\n{}\n', '{"version": 1, "entries": ', 'clinic-read index 2\nnull\n[]\n']) {
			writeFileSync(indexFile, text);
			expect(shown(directory, indexFile, 0)).toEqual(plain);
		}

		expect(shown(directory, '/nonexistent/clinic-read/index.json')).toEqual(plain);
	});

	test('a big unchanged folder is trusted by its time; any added or removed file is seen', () => {
		const {directory, indexFile} = indexed({'a.md': alpha, 'b.md': postText({title: 'Beta', date: '2026-01-02'})});
		writeFileSync(path.join(directory, 'posts', 'c.md'), postText({title: 'Gamma', date: '2026-01-03'}));
		expect(shown(directory, indexFile, 0).posts.map(post => post.title)).toEqual(['Gamma', 'Beta', 'Alpha']);
	});

	test('up to the limit, an edit in place (same folder time) is seen at once', () => {
		const {directory, indexFile} = indexed({'a.md': alpha});
		const posts = path.join(directory, 'posts');
		const folderTime = statSync(posts).mtime;
		writeFileSync(path.join(posts, 'a.md'), alpha.replace('Alpha', 'Alpha, revised'));
		utimesSync(posts, folderTime, folderTime);
		expect(shown(directory, indexFile).posts[0]?.title).toBe('Alpha, revised');
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
