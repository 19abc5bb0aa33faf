import {describe, expect, test} from 'vitest';
import {checkPost} from '../../../source/core/check/check-post.js';

const today = '2026-01-25';
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
		['an unknown key', post('# a comment\ncategory: knees\n'), 5, 'warning', 'unknown front-matter key "category" (known: title, date, author, summary, tags, image, url, show_from, show_until, pinned, source)'],
	])('%s', (_name, text, line, severity, message) => {
		expect(checkPost(text, today).problems).toEqual([{line, severity, message}]);
	});

	test('a date today or tomorrow is fine, and so is every known field', () => {
		const text = '---\ntitle: "Knee pain: what helps"\ndate: 2026-01-26\nauthor: A. Writer\nsummary: Short.\ntags: [pain, massage]\nimage:\n  alt: A knee\n  src: knee.jpg\nurl: https://example.com/knee\n---\nText.\n';
		expect(checkPost(text, today)).toEqual({problems: [], title: 'Knee pain: what helps', titleLine: 2, date: '2026-01-26'});
		expect(checkPost(text.replace('2026-01-26', today), today).problems).toEqual([]);
	});

	test('counts lines after a BOM and CRLF line endings', () => {
		const text = '\uFEFF---\r\ntitle: Knee pain\r\ndate: 2026-01-10\r\nfoo: 1\r\n---\r\nText.\r\n\r\n[x]()\r\n';
		expect(checkPost(text, today).problems).toEqual([
			{line: 4, severity: 'warning', message: 'unknown front-matter key "foo" (known: title, date, author, summary, tags, image, url, show_from, show_until, pinned, source)'},
			{line: 8, severity: 'error', message: 'link "x" links to nothing (the target is empty)'},
		]);
	});

	test('body lines count the front matter before them', () => {
		expect(checkPost(post('author: A\n', '\n\n![](a.png)\n'), today).problems).toEqual([{line: 8, severity: 'error', message: 'image "a.png" has no alt text'}]);
	});
});
