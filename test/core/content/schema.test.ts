import {describe, expect, test} from 'vitest';
import {checkPost} from '../../../source/core/check/check-post.js';
import {parsePost} from '../../../source/core/content/post.js';
import {validatePostFields} from '../../../source/core/content/schema.js';

const today = '2026-01-25';
const post = (fields: string) => `---\ntitle: Knee Pain\ndate: 2026-01-10\n${fields}\n---\nBody.\n`;

/** What the reader does with a file, and what `check` says of it: they must agree. */
function bothSides(text: string) {
	const read = parsePost('knee-pain', 'knee-pain.md', text);
	const errors = checkPost(text, today).problems.filter(problem => problem.severity === 'error');
	return {shown: 'post' in read, readerProblem: 'problem' in read ? read.problem : undefined, checkErrors: errors.map(error => error.message)};
}

describe('one set of content rules for the reader and check', () => {
	test.each([
		['a title that is a number', '---\ntitle: 42\ndate: 2026-01-10\n---\nBody.\n', '"title" must be text'],
		['a tag that is not a word', post('tags: [knee, 7]'), '"tags" must be a list of words, such as [massage, pain]'],
		['an author that is a list', post('author: [a, b]'), '"author" must be text'],
		['a url that is not a web address', post('url: ftp://example.com/x'), '"url" must be a web address starting with https:// or http://, not "ftp://example.com/x"'],
		['an image without alt text', post('image:\n  src: knee.jpg'), 'image has no alt text (add "alt:" under "image")'],
		['an image that is text', post('image: knee.jpg'), '"image" must be a mapping with "alt" (and optional "src")'],
		['an empty summary', post('summary: ""'), '"summary" is empty; fill it in or remove the line'],
	])('%s: check calls it an error, and the reader refuses it with the same words', (_name, text, message) => {
		expect(bothSides(text)).toEqual({shown: false, readerProblem: message, checkErrors: [message]});
	});

	test('what check passes, the reader shows, with every field', () => {
		const text = post('author: Khairunnisa Hemani\nsummary: A short guide.\ntags: [knee, pain]\nimage:\n  alt: A knee brace\n  src: brace.jpg\nurl: https://example.com/knee');
		expect(bothSides(text)).toEqual({shown: true, readerProblem: undefined, checkErrors: []});
		const read = parsePost('knee-pain', 'knee-pain.md', text);
		expect('post' in read && {...read.post, body: undefined}).toMatchObject({
			title: 'Knee Pain', date: '2026-01-10', author: 'Khairunnisa Hemani', summary: 'A short guide.',
			tags: ['knee', 'pain'], image: {alt: 'A knee brace', src: 'brace.jpg'}, url: 'https://example.com/knee',
		});
	});

	test('an unknown key is a warning for check and no reason to hide the post', () => {
		expect(bothSides(post('colour: blue'))).toEqual({shown: true, readerProblem: undefined, checkErrors: []});
		expect(validatePostFields({title: 'T', date: '2026-01-10', colour: 'blue'}).problems).toEqual([
			{key: 'colour', severity: 'warning', message: 'unknown front-matter key "colour" (known: title, date, author, summary, tags, image, url, show_from, show_until, pinned, source)'},
		]);
	});

	test('text is sanitized once, by the rules, for every consumer', () => {
		const {value} = validatePostFields({title: 'Knee\u001B]0;pwned\u0007 Pain', date: '2026-01-10', tags: ['kn\u0007ee']});
		expect(value).toMatchObject({title: 'Knee Pain', tags: ['knee']});
	});
});
