import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderArticleBlocks, renderPlainArticle} from '../../../source/core/render/article.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {fakePost} from '../../helpers/content.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};

describe('renderPlainArticle', () => {
	test('title underlined, byline, image, body and the clinic as the closing line', () => {
		const post = fakePost('x', {title: 'Knots', author: 'A. Writer', date: '2022-10-03', readingMinutes: 4, image: {alt: 'A photo'}, body: 'Body.'});
		expect(renderPlainArticle({post, clinic}, 60).join('\n')).toBe([
			'Knots',
			'=====',
			'A. Writer - October 3, 2022 - 4 min read',
			'[Image: A photo]',
			'',
			'Body.',
			'',
			'----------------------------------------',
			'Test Clinic - 905-555-0100 - Book online',
		].join('\n'));
	});

	test('a wrapped title is underlined as wide as its widest line; the rule is never wider than the page', () => {
		const post = fakePost('x', {title: 'Stretches for a stiff neck', date: '2022-10-03', readingMinutes: 2, body: 'Body.'});
		expect(renderPlainArticle({post, clinic}, 16)).toEqual([
			'Stretches for a',
			'stiff neck',
			'===============',
			'October 3, 2022',
			'- 2 min read',
			'',
			'Body.',
			'',
			'----------------',
			'Test Clinic -',
			'905-555-0100 -',
			'Book online',
		]);
	});

	test('an empty body keeps the blank line it would have had after the title, as the terminal article does', () => {
		const post = fakePost('x', {title: 'Empty', date: '', readingMinutes: 1, body: ''});
		expect(renderPlainArticle({post, clinic}, 60)).toEqual(['Empty', '=====', '1 min read', '', '', '-'.repeat(40), 'Test Clinic - 905-555-0100 - Book online']);
	});

	test('every bundled article fits 80 columns with no escape byte', () => {
		const bundled = loadClinic('content');
		for (const post of loadCatalog('content').posts) {
			const lines = renderPlainArticle({post, clinic: bundled}, 80);
			expect(lines.join('\n')).not.toContain('\u001B');
			expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(80);
		}
	});
});

describe('renderArticleBlocks', () => {
	test('the title block, the body\'s blocks, then the closing block, for the printer to break into pages', () => {
		const post = fakePost('x', {title: 'Knots', date: '2022-10-03', readingMinutes: 4, body: '## Why\n\nOne.\n\n- a\n- b'});
		expect(renderArticleBlocks({post, clinic}, 60)).toEqual([
			{kind: 'title', lines: ['Knots', '=====', 'October 3, 2022 - 4 min read'], gap: 0},
			{kind: 'heading', lines: ['Why', '---'], gap: 1},
			{kind: 'paragraph', lines: ['One.'], gap: 1},
			{kind: 'list-item', lines: ['- a'], gap: 1},
			{kind: 'list-item', lines: ['- b'], gap: 0},
			{kind: 'other', lines: ['-'.repeat(40), 'Test Clinic - 905-555-0100 - Book online'], gap: 1},
		]);
	});
});
