import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {formatNewPost} from '../../../source/core/content/new-post.js';
import {checkPost} from '../../../source/core/check/check-post.js';
import {nextDay} from '../../../source/core/content/value-rules.js';
import {checkContent, displayPath, formatCheck, localIsoDate, slugOf, type Source} from '../../../source/core/check/check.js';
import {root} from '../../helpers/cli.js';

const today = '2026-01-25';
const clinicYaml = 'name: Test Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Call or book online\n';

describe('checkContent', () => {
	const clinic: Source = {file: 'c/clinic.yml', text: clinicYaml};
	const source = (file: string, title: string): Source => ({file, text: `---\ntitle: ${title}\ndate: 2026-01-10\n---\nText.\n`});

	test('a duplicate title is an error on the newer post, whatever the file order', () => {
		const post = (title: string, date: string) => `---\ntitle: ${title}\ndate: ${date}\n---\nText.\n`;
		const result = checkContent({clinic: {file: 'clinic.yml', text: 'name: C\nphone: 905-555-0100\ncity: M\nbooking: B\n'}, posts: [{file: 'a.md', text: post('Knee', '2026-01-20')}, {file: 'b.md', text: post('knee', '2026-01-02')}, {file: 'c.md', text: post('KNEE', '2026-01-10')}], today});
		expect(result.problems).toEqual([
			{file: 'a.md', line: 2, severity: 'error', message: 'title "Knee" is already used by b.md, an older post'},
			{file: 'c.md', line: 2, severity: 'error', message: 'title "KNEE" is already used by b.md, an older post'},
		]);
	});

	test('tags as new --tags writes them; the skeleton left in, raw HTML and wide tables are warnings', () => {
		const text = `---\ntitle: T\ndate: 2026-01-10\ntags: [Bad Tag, UPPER, knee, knee]\n---\n${formatNewPost({title: 'T', date: '2026-01-10', tags: []}).split('---\n')[2]!}\n<div>boxed</div>\n\n| ${'a'.repeat(40)} | ${'b'.repeat(40)} |\n| - | - |\n| 1 | 2 |\n`;
		expect(checkPost(text, today).problems).toEqual([
			{line: 4, severity: 'error', message: 'tag "Bad Tag" is not kebab-case words (such as injury-recovery), as "clinic-read new --tags" writes them'},
			{line: 4, severity: 'error', message: 'tag "UPPER" is not kebab-case words (such as injury-recovery), as "clinic-read new --tags" writes them'},
			{line: 4, severity: 'error', message: 'tag "knee" is listed twice'},
			{line: 6, severity: 'warning', message: 'still has the skeleton text that "clinic-read new" wrote; replace it with the post'},
			{line: 16, severity: 'warning', message: 'raw HTML (<div>) is shown as plain text; write it in Markdown'},
			{line: 18, severity: 'warning', message: 'table is 87 columns wide, more than 80: it cannot fit a terminal or a handout; shorten its cells or split it'},
		]);
	});

	test('duplicate slugs and titles are errors on the later file; problems come file by file, line by line', () => {
		const result = checkContent({
			clinic: {file: 'c/clinic.yml', text: 'name: C\ncity: M\nbooking: B\nfax: 1\n'},
			posts: [source('c/posts/Knee.md', 'Knee'), source('c/posts/hip.md', 'KNEE'), {file: 'c/posts/knee.md', text: '---\ntitle: Other\ndate: 2026-02-30\n---\n[x]()\n'}, {file: 'c/posts/x.md', error: 'cannot read (EACCES)'}],
			today,
		});
		expect(result).toEqual({
			problems: [
				{file: 'c/clinic.yml', line: 1, severity: 'error', message: 'missing "phone"'},
				{file: 'c/clinic.yml', line: 4, severity: 'warning', message: 'unknown key "fax" (known: name, phone, city, booking, website, bookingUrl, email, address, hours, closures, timezone, disclaimer, feed)'},
				{file: 'c/posts/hip.md', line: 2, severity: 'error', message: 'title "KNEE" is already used by c/posts/Knee.md, an older post'},
				{file: 'c/posts/knee.md', line: 1, severity: 'error', message: 'slug "knee" is already used by c/posts/Knee.md'},
				{file: 'c/posts/knee.md', line: 3, severity: 'error', message: 'impossible date "2026-02-30" (use YYYY-MM-DD)'},
				{file: 'c/posts/knee.md', line: 5, severity: 'error', message: 'link "x" links to nothing (the target is empty)'},
				{file: 'c/posts/x.md', line: 1, severity: 'error', message: 'cannot read (EACCES)'},
			],
			posts: 4,
			notices: 0,
			errors: 6,
			warnings: 1,
		});
	});

	test('formats one line a problem and a summary', () => {
		const result = checkContent({clinic, posts: [source('c/posts/a.md', 'A'), {file: 'c/posts/b.md', text: '---\ntitle: B\ndate: 2026-01-10\nx: 1\n---\n'}], today});
		expect(formatCheck(result)).toBe('c/posts/b.md:4: warning: unknown front-matter key "x" (known: title, date, author, summary, tags, image, url, show_from, show_until, pinned, source)\ncheck: 2 posts, 0 errors, 1 warning\n');
		expect(formatCheck(checkContent({clinic, posts: [source('c/posts/a.md', 'A')], today}))).toBe('check: 1 post, 0 errors, 0 warnings\n');
	});

	test('an unreadable clinic.yml or posts folder is one error each', () => {
		expect(formatCheck(checkContent({clinic: {file: 'c/clinic.yml', error: 'no such file'}, posts: {file: 'c/posts', error: 'no such folder'}, today})))
			.toBe('c/clinic.yml:1: error: no such file\nc/posts:1: error: no such folder\ncheck: 0 posts, 2 errors, 0 warnings\n');
	});

	test('file names with control characters are printed safely', () => {
		const result = checkContent({clinic, posts: [{file: 'c/posts/a\u001B[2J.md', text: '# no front matter'}], today});
		expect(result.problems[0]?.file).toBe('c/posts/a.md');
	});

	test('the bundled content has no problem at all', () => {
		const content = path.join(root, 'content');
		const names = readdirSync(path.join(content, 'posts')).filter(name => name.endsWith('.md')).sort();
		const result = checkContent({
			clinic: {file: 'clinic.yml', text: readFileSync(path.join(content, 'clinic.yml'), 'utf8')},
			posts: names.map(name => ({file: name, text: readFileSync(path.join(content, 'posts', name), 'utf8')})),
			today: localIsoDate(new Date()),
		});
		expect(result).toEqual({problems: [], posts: 11, notices: 0, errors: 0, warnings: 0});
	});
});

describe('helpers', () => {
	test('slugOf, displayPath, nextDay, localIsoDate', () => {
		expect(slugOf('/a/posts/Knee-Pain.md')).toBe('knee-pain');
		expect(displayPath('/work/x/content/a.md', '/work/x')).toBe(path.join('content', 'a.md'));
		expect(displayPath('/tmp/content', '/work/x')).toBe('/tmp/content');
		expect(displayPath('/work/x', '/work/x')).toBe('/work/x');
		expect([nextDay('2026-01-31'), nextDay('2024-02-28'), nextDay('2025-12-31')]).toEqual(['2026-02-01', '2024-02-29', '2026-01-01']);
		expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
