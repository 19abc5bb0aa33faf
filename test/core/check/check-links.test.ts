import {describe, expect, test} from 'vitest';
import {checkBody, linkTargetProblem} from '../../../source/core/check/check-links.js';

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
