import {describe, expect, test} from 'vitest';
import {formatArticleEntry, keptArticleKey, readArticleEntry} from '../../../source/core/render/kept-article.js';

describe('a kept article', () => {
	const key = keptArticleKey({post: '/posts/a.md', postFile: '120:1700000000000', mode: 'plain', measure: 80});
	const article = {text: 'Title\n=====\n\nBody.\n', warnings: ['clinic.yml: line 2: phone is not text']};

	test('reads back for the key it was made for, text and warnings', () => {
		expect(readArticleEntry(formatArticleEntry(key, article), key)).toEqual(article);
	});

	test('is a miss for any other key: another width, a changed post file', () => {
		const entry = formatArticleEntry(key, article);
		expect(readArticleEntry(entry, keptArticleKey({post: '/posts/a.md', postFile: '120:1700000000000', mode: 'plain', measure: 60}))).toBeUndefined();
		expect(readArticleEntry(entry, keptArticleKey({post: '/posts/a.md', postFile: '121:1700000000001', mode: 'plain', measure: 80}))).toBeUndefined();
	});

	test.each([
		['cut short', formatArticleEntry(key, article).slice(0, 30)],
		['not JSON', 'Title\n=====\n'],
		['null', 'null'],
		['text not a string', JSON.stringify({key, text: 5, warnings: []})],
		['warnings not strings', JSON.stringify({key, text: 'x', warnings: [1]})],
	])('is a miss, never an error, when the entry is %s', (_, entry) => {
		expect(readArticleEntry(entry, key)).toBeUndefined();
	});
});
