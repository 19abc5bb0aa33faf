import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkClinic} from '../../../source/core/check/check-clinic.js';
import {phoneProblem} from '../../../source/core/content/clinic-schema.js';
import {findKeyLine} from '../../../source/core/content/front-matter.js';
import {checkBody, linkTargetProblem} from '../../../source/core/check/check-links.js';
import {checkPost} from '../../../source/core/check/check-post.js';
import {nextDay} from '../../../source/core/content/schema.js';
import {checkContent, displayPath, formatCheck, localIsoDate, slugOf, type Source} from '../../../source/core/check/check.js';
import {root} from '../../helpers/cli.js';

const today = '2026-01-25';
const clinicYaml = 'name: Test Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Call or book online\n';
const post = (frontMatter: string, body = 'Some text.\n') => `---\ntitle: Knee pain\ndate: 2026-01-10\n${frontMatter}---\n${body}`;

describe('checkPost: front matter', () => {
	test.each([
		['no front matter', '# Knee pain\n', 1, 'error', 'no front matter (the file must start with a "---" block)'],
		['broken YAML, at the line of the problem', '---\ntitle: Knee pain\ndate: [2026\nauthor: x\n---\n', 4, 'error', 'broken front matter: missed comma between flow collection entries'],
		['an unclosed quote, at the last front-matter line', '---\ntitle: Knee pain\nsummary: "open\n---\nText\n', 3, 'error', 'broken front matter: unexpected end of the stream within a double quoted scalar'],
		['a duplicated key', '---\ntitle: A\ndate: 2026-01-10\ntitle: B\n---\n', 4, 'error', 'broken front matter: duplicated mapping key'],
		['a list instead of fields', '---\n- a\n---\n', 1, 'error', 'front matter is not a list of "key: value" fields'],
		['missing title', '---\ndate: 2026-01-10\n---\n', 1, 'error', 'missing "title"'],
		['an empty title', '---\ntitle: ""\ndate: 2026-01-10\n---\n', 2, 'error', '"title" is empty'],
		['a title of nothing but escapes', '---\ntitle: "\\e[2J"\ndate: 2026-01-10\n---\n', 2, 'error', '"title" is empty'],
		['an empty date', '---\ntitle: Knee pain\ndate:\n---\n', 3, 'error', '"date" is empty'],
		['a title that is not text', '---\ntitle: 42\ndate: 2026-01-10\n---\n', 2, 'error', '"title" must be text'],
		['missing date', '---\ntitle: Knee pain\n---\n', 1, 'error', 'missing "date"'],
		['an impossible date', '---\ntitle: Knee pain\ndate: 2026-02-30\n---\n', 3, 'error', 'impossible date "2026-02-30" (use YYYY-MM-DD)'],
		['a date that is not ISO', '---\ntitle: Knee pain\ndate: 25/01/2026\n---\n', 3, 'error', 'impossible date "25/01/2026" (use YYYY-MM-DD)'],
		['a date as a number', '---\ntitle: Knee pain\ndate: 20260110\n---\n', 3, 'error', 'impossible date "20260110" (use YYYY-MM-DD)'],
		['a date two days ahead', '---\ntitle: Knee pain\ndate: 2026-01-27\n---\n', 3, 'error', 'date 2026-01-27 is more than a day in the future'],
		['an author that is not text', post('author: [a, b]\n'), 4, 'error', '"author" must be text'],
		['an empty summary', post('summary:\n'), 4, 'error', '"summary" is empty; fill it in or remove the line'],
		['a url that is not a web address', post('url: javascript:alert(1)\n'), 4, 'error', '"url" must be a web address starting with https:// or http://, not "javascript:alert(1)"'],
		['a relative url', post('url: /knee\n'), 4, 'error', '"url" must be a web address starting with https:// or http://, not "/knee"'],
		['tags as one word', post('tags: massage\n'), 4, 'error', '"tags" must be a list of words, such as [massage, pain]'],
		['a tag that is not text', post('tags: [massage, 3]\n'), 4, 'error', '"tags" must be a list of words, such as [massage, pain]'],
		['image as text', post('image: knee.jpg\n'), 4, 'error', '"image" must be a mapping with "alt" (and optional "src")'],
		['image without alt', post('image:\n  src: knee.jpg\n'), 4, 'error', 'image has no alt text (add "alt:" under "image")'],
		['image alt that is not text', post('image:\n  alt: [a]\n'), 4, 'error', '"image.alt" must be text'],
		['image src that is not text', post('image:\n  alt: A knee\n  src: 3\n'), 4, 'error', '"image.src" must be text'],
		['an unknown image key', post('image:\n  alt: A knee\n  caption: x\n'), 4, 'warning', 'unknown key "image.caption" (known: alt, src)'],
		['an unknown key', post('# a comment\ncategory: knees\n'), 5, 'warning', 'unknown front-matter key "category" (known: title, date, author, summary, tags, image, url)'],
	])('%s', (_name, text, line, severity, message) => {
		expect(checkPost(text, today).problems).toEqual([{line, severity, message}]);
	});

	test('a date today or tomorrow is fine, and so is every known field', () => {
		const text = '---\ntitle: "Knee pain: what helps"\ndate: 2026-01-26\nauthor: A. Writer\nsummary: Short.\ntags: [pain, massage]\nimage:\n  alt: A knee\n  src: knee.jpg\nurl: https://example.com/knee\n---\nText.\n';
		expect(checkPost(text, today)).toEqual({problems: [], title: 'Knee pain: what helps', titleLine: 2});
		expect(checkPost(text.replace('2026-01-26', today), today).problems).toEqual([]);
	});

	test('finds keys quoted or not, but not nested ones or values', () => {
		const lines = ['"title": x', 'image:', '  alt: y', 'summary: "date: no"', "'date': 2026-01-01"];
		expect([findKeyLine(lines, 'title'), findKeyLine(lines, 'alt'), findKeyLine(lines, 'date'), findKeyLine(lines, 'url')]).toEqual([1, undefined, 5, undefined]);
	});

	test('counts lines after a BOM and CRLF line endings', () => {
		const text = '\uFEFF---\r\ntitle: Knee pain\r\ndate: 2026-01-10\r\nfoo: 1\r\n---\r\nText.\r\n\r\n[x]()\r\n';
		expect(checkPost(text, today).problems).toEqual([
			{line: 4, severity: 'warning', message: 'unknown front-matter key "foo" (known: title, date, author, summary, tags, image, url)'},
			{line: 8, severity: 'error', message: 'link "x" links to nothing (the target is empty)'},
		]);
	});

	test('body lines count the front matter before them', () => {
		expect(checkPost(post('author: A\n', '\n\n![](a.png)\n'), today).problems).toEqual([{line: 8, severity: 'error', message: 'image "a.png" has no alt text'}]);
	});
});

describe('checkBody: links and images', () => {
	test.each([
		['', 'links to nothing (the target is empty)'],
		['  ', 'links to nothing (the target is empty)'],
		['other-post.md', 'links to nothing: "other-post.md" has no scheme (use http, https, mailto or tel)'],
		['#top', 'links to nothing: "#top" has no scheme (use http, https, mailto or tel)'],
		['javascript:alert(1)', 'uses the scheme "javascript:" (use http, https, mailto or tel)'],
		['FILE:///etc/passwd', 'uses the scheme "file:" (use http, https, mailto or tel)'],
		['https://', 'has a broken web address "https://"'],
		['https://example.com/a', undefined],
		['HTTP://example.com', undefined],
		['mailto:front@example.com', undefined],
		['tel:+19055550100', undefined],
	])('target %j', (href, problem) => {
		expect(linkTargetProblem(href)).toBe(problem);
	});

	test('reports the line of each link and image, in lists, quotes, tables and reference links', () => {
		const markdown = [
			'# Title', // 1
			'',
			'Intro [ok](https://example.com) and [empty]().', // 3
			'',
			'- item one',
			'  continued [rel](notes.md)', // 6
			'- item two ![](a.png)', // 7
			'',
			'> quoted',
			'> [bad](ftp://x)', // 10
			'',
			'| a | b |',
			'|---|---|',
			'| [cell](#) | ![  ](b.png) |', // 14
			'',
			'See [the form][form] and <javascript:x>.', // 16
			'',
			'[form]: data:text/html,x',
		].join('\n');
		expect(checkBody(markdown)).toEqual([
			{line: 3, message: 'link "empty" links to nothing (the target is empty)'},
			{line: 6, message: 'link "rel" links to nothing: "notes.md" has no scheme (use http, https, mailto or tel)'},
			{line: 7, message: 'image "a.png" has no alt text'},
			{line: 10, message: 'link "bad" uses the scheme "ftp:" (use http, https, mailto or tel)'},
			{line: 14, message: 'link "cell" links to nothing: "#" has no scheme (use http, https, mailto or tel)'},
			{line: 14, message: 'image "b.png" has no alt text'},
			{line: 16, message: 'link "the form" uses the scheme "data:" (use http, https, mailto or tel)'},
			{line: 16, message: 'link "javascript:x" uses the scheme "javascript:" (use http, https, mailto or tel)'},
		]);
	});

	test('the same link twice is reported on each of its lines; an image inside a link is checked too', () => {
		expect(checkBody('[a]()\n\n[a]()\n\n[![](x.png)](https://example.com)\n')).toEqual([
			{line: 1, message: 'link "a" links to nothing (the target is empty)'},
			{line: 3, message: 'link "a" links to nothing (the target is empty)'},
			{line: 5, message: 'image "x.png" has no alt text'},
		]);
	});

	test('link text and targets are sanitized in messages', () => {
		expect(checkBody('[a\u001B[2Jb](\u001B]0;x\u0007y.md)')).toEqual([{line: 1, message: 'link "ab" links to nothing: "y.md" has no scheme (use http, https, mailto or tel)'}]);
	});

	test('deep nesting does not overflow the stack', () => {
		expect(checkBody(`${'>'.repeat(20_000)} [a]()\n`)).toEqual([{line: 1, message: 'link "a" links to nothing (the target is empty)'}]);
	});
});

describe('checkClinic', () => {
	test.each([
		['a missing field', 'name: C\ncity: M\nbooking: B\n', 1, 'error', 'missing "phone"'],
		['an empty field', 'name: C\nphone: 905-555-0100\ncity:\nbooking: B\n', 3, 'error', 'missing "city"'],
		['a field that is not text', `${clinicYaml}hours: [a, b]\n`, 5, 'error', '"hours" must be text'],
		['letters in the phone', 'name: C\nphone: 905-CALL-NOW\ncity: M\nbooking: B\n', 2, 'error', 'phone "905-CALL-NOW" may only hold digits, spaces, dashes and parentheses, with an optional leading +'],
		['a short phone', 'name: C\nphone: 555 0100\ncity: M\nbooking: B\n', 2, 'error', 'phone "555 0100" has 7 digits; it needs at least 10'],
		['a website without a scheme', `${clinicYaml}website: example.com\n`, 5, 'error', '"website" must be a web address starting with https:// or http://, not "example.com"'],
		['a booking link to another scheme', `${clinicYaml}bookingUrl: ftp://example.com\n`, 5, 'error', '"bookingUrl" must be a web address starting with https:// or http://, not "ftp://example.com"'],
		['an email without @', `${clinicYaml}email: front.example.com\n`, 5, 'error', 'email "front.example.com" does not look like an address (name@example.com)'],
		['an unknown key', `# Details\n${clinicYaml}fax: 905-555-0101\n`, 6, 'warning', 'unknown key "fax" (known: name, phone, city, booking, website, bookingUrl, email, address, hours, timezone, disclaimer)'],
		['broken YAML', 'name: C\nphone: [905\n', 2, 'error', 'broken YAML: unexpected end of the stream within a flow collection'],
		['a list', '- name\n', 1, 'error', 'expected "key: value" fields such as name and phone'],
	])('%s', (_name, text, line, severity, message) => {
		expect(checkClinic(text)).toEqual([{line, severity, message}]);
	});

	test('accepts every known field written well', () => {
		expect(checkClinic(`${clinicYaml}website: https://example.com\nbookingUrl: http://example.com/book\nemail: front@example.com\naddress: 1 Main St\nhours: Mon-Fri\ntimezone: America/Toronto\ndisclaimer: Not advice.\n`)).toEqual([]);
	});

	test.each(['+1 (905) 270-3086', '905-270-3086', '9052703086', '+44 20 7946 0958'])('phone %j is fine', phone => {
		expect(phoneProblem(phone)).toBeUndefined();
	});
});

describe('checkContent', () => {
	const clinic: Source = {file: 'c/clinic.yml', text: clinicYaml};
	const source = (file: string, title: string): Source => ({file, text: `---\ntitle: ${title}\ndate: 2026-01-10\n---\nText.\n`});

	test('duplicate slugs and titles are errors on the later file; problems come file by file, line by line', () => {
		const result = checkContent({
			clinic: {file: 'c/clinic.yml', text: 'name: C\ncity: M\nbooking: B\nfax: 1\n'},
			posts: [source('c/posts/Knee.md', 'Knee'), source('c/posts/hip.md', 'KNEE'), {file: 'c/posts/knee.md', text: '---\ntitle: Other\ndate: 2026-02-30\n---\n[x]()\n'}, {file: 'c/posts/x.md', error: 'cannot read (EACCES)'}],
			today,
		});
		expect(result).toEqual({
			problems: [
				{file: 'c/clinic.yml', line: 1, severity: 'error', message: 'missing "phone"'},
				{file: 'c/clinic.yml', line: 4, severity: 'warning', message: 'unknown key "fax" (known: name, phone, city, booking, website, bookingUrl, email, address, hours, timezone, disclaimer)'},
				{file: 'c/posts/hip.md', line: 2, severity: 'error', message: 'title "KNEE" is already used by c/posts/Knee.md'},
				{file: 'c/posts/knee.md', line: 1, severity: 'error', message: 'slug "knee" is already used by c/posts/Knee.md'},
				{file: 'c/posts/knee.md', line: 3, severity: 'error', message: 'impossible date "2026-02-30" (use YYYY-MM-DD)'},
				{file: 'c/posts/knee.md', line: 5, severity: 'error', message: 'link "x" links to nothing (the target is empty)'},
				{file: 'c/posts/x.md', line: 1, severity: 'error', message: 'cannot read (EACCES)'},
			],
			posts: 4,
			errors: 6,
			warnings: 1,
		});
	});

	test('formats one line a problem and a summary', () => {
		const result = checkContent({clinic, posts: [source('c/posts/a.md', 'A'), {file: 'c/posts/b.md', text: '---\ntitle: B\ndate: 2026-01-10\nx: 1\n---\n'}], today});
		expect(formatCheck(result)).toBe('c/posts/b.md:4: warning: unknown front-matter key "x" (known: title, date, author, summary, tags, image, url)\ncheck: 2 posts, 0 errors, 1 warning\n');
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
		expect(result).toEqual({problems: [], posts: 11, errors: 0, warnings: 0});
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
