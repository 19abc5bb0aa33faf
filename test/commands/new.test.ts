import {copyFileSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../source/core/content/catalog.js';
import {localIsoDate} from '../../source/core/check/check.js';
import {temporaryDirectory} from '../helpers/content.js';
import {root, runCli} from '../helpers/cli.js';

/** A temporary content folder holding only the bundled clinic.yml. */
function emptyContent(): string {
	const content = temporaryDirectory('clinic-read-new-');
	copyFileSync(path.join(root, 'content', 'clinic.yml'), path.join(content, 'clinic.yml'));
	return content;
}

describe('new', () => {
	test('creates a post that loads, shows in list and passes check; the same title again writes nothing', () => {
		const content = emptyContent();
		const file = path.join(content, 'posts', 'knee-pain-after-running-what-helps.md');
		const created = runCli(['new', 'Knee Pain After Running: What Helps?', '--content', content, '--date', '2026-01-20', '--tags', 'pain,injury-recovery']);
		expect(created).toEqual({stdout: `${file}\n`, stderr: '', status: 0});

		const {posts, warnings} = loadCatalog(content);
		expect(warnings).toEqual([]);
		expect(posts).toMatchObject([{slug: 'knee-pain-after-running-what-helps', title: 'Knee Pain After Running: What Helps?', date: '2026-01-20', tags: ['pain', 'injury-recovery']}]);
		expect(posts[0]?.author).toBeUndefined();
		expect(runCli(['list', '--content', content]).stdout).toBe('1  2026-01-20  *  Knee Pain After Running: What Helps?  knee-pain-after-running-what-helps\n');
		// The skeleton is a reminder, not an error: the post passes check, with one warning until it is written over.
		expect(runCli(['check', '--content', content])).toEqual({stdout: expect.stringMatching(/^\S*\/knee-pain-after-running-what-helps\.md:\d+: warning: still has the skeleton text that "clinic-read new" wrote; replace it with the post\ncheck: 1 post, 0 errors, 1 warning\n$/), stderr: '', status: 0});

		const before = {text: readFileSync(file, 'utf8'), modified: statSync(file).mtimeMs};
		const again = runCli(['new', 'Knee pain after running: what helps', '--content', content]);
		expect(again).toEqual({stdout: '', stderr: `clinic-read: ${file} already exists; nothing was written (edit that post, or choose another title)\n`, status: 1});
		expect({text: readFileSync(file, 'utf8'), modified: statSync(file).mtimeMs}).toEqual(before);
		expect(readdirSync(path.join(content, 'posts'))).toEqual(['knee-pain-after-running-what-helps.md']);
	});

	test('dates the post today by default', () => {
		const content = emptyContent();
		const today = localIsoDate(new Date());
		expect(runCli(['new', 'Ankle sprains', '--content', content]).status).toBe(0);
		expect(readFileSync(path.join(content, 'posts', 'ankle-sprains.md'), 'utf8')).toMatch(new RegExp(`^---\ntitle: "Ankle sprains"\ndate: ${today}\n---\n`));
		expect(runCli(['check', '--content', content]).status).toBe(0);
	});

	test('a file whose name differs only in case takes the slug too', () => {
		const content = emptyContent();
		runCli(['new', 'Hip pain', '--content', content]);
		const existing = path.join(content, 'posts', 'hip-pain.md');
		const {stderr, status} = runCli(['new', 'HIP PAIN!', '--content', content]);
		expect([stderr, status]).toEqual([`clinic-read: ${existing} already exists; nothing was written (edit that post, or choose another title)\n`, 1]);
	});

	test.each([
		[['new'], 'new needs a title, such as: clinic-read new "Knee pain after running"'],
		[['new', 'A', 'B'], 'new takes one title; put it in quotes'],
		[['new', 'T', '--date', '2026-02-30'], '--date must be a real date as YYYY-MM-DD'],
		[['new', 'T', '--date', '2999-01-01'], '--date 2999-01-01 is more than a day in the future; "clinic-read check" would reject it'],
		[['new', 'T', '--tags', 'Back Pain'], '--tags takes kebab-case words separated by commas, such as massage,injury-recovery; "Back Pain" is not one'],
		[['new', '日本語'], 'the title needs some letters or digits to make a file name from'],
	])('%j is a usage error and writes nothing', (args, message) => {
		const content = emptyContent();
		const {stdout, stderr, status} = runCli([...args, '--content', content]);
		expect({stdout, status}).toEqual({stdout: '', status: 2});
		expect(stderr).toContain(`clinic-read: ${message}`);
		expect(readdirSync(content)).toEqual(['clinic.yml']);
	});

	test('a content folder that does not exist is an error', () => {
		const missing = path.join(temporaryDirectory(), 'nope');
		expect(runCli(['new', 'T', '--content', missing])).toEqual({stdout: '', stderr: `clinic-read: ${missing}: no such folder; check --content or CLINIC_READ_CONTENT\n`, status: 1});
	});
});
