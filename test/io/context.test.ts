import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {PassThrough} from 'node:stream';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {type Context, loadPosts, postIndexFile, savePostIndexes} from '../../source/io/context.js';
import {runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';
import {readIndexParts, writeIndexParts} from '../helpers/post-index.js';

describe('the catalogue index of the CLI', () => {
	test('lives in $XDG_CACHE_HOME/clinic-read, not beside the read marks', () => {
		const cache = temporaryDirectory();
		const configDirectory = temporaryDirectory();
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
		expect(runCli(['list', '--content', content], {configDirectory, env: {XDG_CACHE_HOME: cache}}).status).toBe(0);
		expect(readdirSync(path.join(cache, 'clinic-read'))).toEqual([expect.stringMatching(/^index-[\da-f]{12}\.json$/)]);
		expect(readdirSync(configDirectory)).toEqual([]);
		const previous = process.env['XDG_CACHE_HOME'];
		process.env['XDG_CACHE_HOME'] = cache;
		try {
			expect(readFileSync(postIndexFile(content), 'utf8')).toContain('"Alpha"');
		} finally {
			process.env['XDG_CACHE_HOME'] = previous;
		}
	});

	test('a tampered index puts no escape into piped output and no bogus slug into the marks', () => {
		const cache = temporaryDirectory();
		const configDirectory = temporaryDirectory();
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
		const env = {XDG_CACHE_HOME: cache};
		const clean = runCli(['list', '--content', content], {configDirectory, env}).stdout;
		const [file] = readdirSync(path.join(cache, 'clinic-read'));
		const indexFile = path.join(cache, 'clinic-read', file!);
		const {header, columns, details} = readIndexParts(indexFile);
		const {sizes, mtimes} = columns;
		const tampered = {names: ['a.md', '../../evil.md'], sizes: [...sizes, 1], mtimes: [...mtimes, 1], dates: ['2026-01-01', '2027-01-01'], titles: ['Alpha\u001B]0;PWNED\u0007\u001B[2J', 'Evil'], schedules: {}};
		writeIndexParts(indexFile, {header, columns: tampered, details: [...details, 'null']});
		expect(runCli(['list', '--content', content], {configDirectory, env}).stdout).toBe(clean);
		expect(runCli(['read', '1', '--content', content], {configDirectory, env}).stdout).toContain('Alpha');
		expect(runCli(['mark', '--all', '--content', content], {configDirectory, env}).status).toBe(0);
		expect(readFileSync(path.join(configDirectory, 'config.json'), 'utf8')).not.toContain('evil');
	});
});

describe('loadPosts with the index save put off (the reader, until its first frame)', () => {
	test('the posts are there at once; the index file is written by savePostIndexes, not before', () => {
		const cache = temporaryDirectory();
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
		const previous = process.env['XDG_CACHE_HOME'];
		process.env['XDG_CACHE_HOME'] = cache;
		try {
			const context = {options: {contentDirectory: content, allDates: true}, stderr: new PassThrough()} as unknown as Context;
			expect(loadPosts(context, {saveIndexLater: true}).map(post => post.title)).toEqual(['Alpha']);
			expect(existsSync(postIndexFile(content))).toBe(false);
			savePostIndexes();
			expect(readFileSync(postIndexFile(content), 'utf8')).toContain('"Alpha"');
		} finally {
			process.env['XDG_CACHE_HOME'] = previous;
		}
	});
});
