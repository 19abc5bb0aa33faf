import {describe, expect, test} from 'vitest';
import {fc, test as property} from '@fast-check/vitest';
import {countWords, parsePost, readingMinutes} from '../../../source/core/content/post.js';
import {parseStandalone} from '../../../source/core/content/standalone.js';

const valid = '---\ntitle: "Hello: world"\ndate: 2026-01-25\nauthor: A. Writer\nsummary: Short.\ntags: [pain, massage]\nimage:\n  alt: A photo\nurl: https://example.com/x\n---\nBody **text** here.\n';

describe('parsePost', () => {
	test('reads every field of valid front matter', () => {
		const result = parsePost('hello', 'hello.md', valid);
		expect(result).toEqual({
			post: {
				slug: 'hello', file: 'hello.md', title: 'Hello: world', date: '2026-01-25', author: 'A. Writer', summary: 'Short.',
				tags: ['pain', 'massage'], image: {alt: 'A photo'}, url: 'https://example.com/x', body: 'Body **text** here.', words: 3, readingMinutes: 1,
			},
		});
	});

	test.each([
		['no front matter', 'Just text', 'no front matter (the file must start with a "---" block)'],
		['broken YAML', '---\ntitle: [unclosed\n---\n', 'broken front matter'],
		['a list instead of fields', '---\n- a\n---\n', 'front matter is not a list of "key: value" fields'],
		['missing title', '---\ndate: 2026-01-01\n---\n', 'missing "title"'],
		['empty title', '---\ntitle: "  "\ndate: 2026-01-01\n---\n', '"title" is empty'],
		['missing date', '---\ntitle: T\n---\n', 'missing "date"'],
		['impossible date', '---\ntitle: T\ndate: 2026-02-30\n---\n', 'impossible date "2026-02-30" (use YYYY-MM-DD)'],
		['not ISO', '---\ntitle: T\ndate: 25/01/2026\n---\n', 'impossible date "25/01/2026" (use YYYY-MM-DD)'],
	])('reports %s', (_name, text, problem) => {
		const result = parsePost('x', 'x.md', text);
		expect('problem' in result && result.problem).toContain(problem);
	});

	test('accepts CRLF line endings and a BOM', () => {
		const result = parsePost('x', 'x.md', `\uFEFF${valid.replaceAll('\n', '\r\n')}`);
		expect('post' in result && result.post.title).toBe('Hello: world');
	});

	test('sanitizes every field and the body', () => {
		const result = parsePost('x', 'x.md', '---\ntitle: "Evil\\e[2J title"\ndate: 2026-01-01\ntags: ["a\\e]0;x\\u0007"]\n---\nBody\u001B[31m red\n');
		expect(result).toMatchObject({post: {title: 'Evil title', tags: ['a'], body: 'Body red'}});
	});
});

describe('dates, words and reading time', () => {
	test('counts words, not punctuation', () => {
		expect(countWords('One, two -- three\n\n- four')).toBe(4);
	});

	test('rounds reading time at 200 words a minute, never below one', () => {
		expect([readingMinutes(0), readingMinutes(299), readingMinutes(301), readingMinutes(900)]).toEqual([1, 1, 2, 5]);
	});
});

describe('parseStandalone', () => {
	test('takes the first heading as the title when there is no front matter', () => {
		expect(parseStandalone('# My notes\n\nHello there.')).toMatchObject({title: 'My notes', body: 'Hello there.', slug: 'stdin', date: ''});
	});

	test('uses front matter when it is valid', () => {
		expect(parseStandalone(valid).title).toBe('Hello: world');
	});
});

test('a body that starts with a 4-space-indented block keeps it (a code block, not a paragraph)', () => {
	const post = parseStandalone('---\ntitle: Code first\ndate: 2026-01-01\n---\n\n    npm install\n    npm test\n\nThen read on.\n');
	expect(post.body).toBe('    npm install\n    npm test\n\nThen read on.');
});

describe('countWords in one pass', () => {
	const bySplitting = (text: string) => text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
	const pieces = fc.constantFrom(' ', '\n', '\t', '\u00A0', '\uFEFF', '--', '**', 'a', 'é', '日本', '7', '-', '😀', '.');
	property.prop([fc.oneof(fc.string({unit: 'binary'}), fc.array(pieces, {maxLength: 40}).map(parts => parts.join('')))])('counts what splitting on white space counts', text => {
		expect(countWords(text)).toBe(bySplitting(text));
	});

	test('is linear on a long run without letters', () => {
		expect(countWords(`${'*'.repeat(200_000)} a`)).toBe(1);
	});
});
