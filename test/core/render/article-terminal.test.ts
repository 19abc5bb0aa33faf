import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderTerminalArticle} from '../../../source/core/render/article-terminal.js';
import {fakePost} from '../../helpers/content.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};
const post = fakePost('knots', {title: 'Knots in the shoulder muscles', author: 'A. Writer', date: '2022-10-03', readingMinutes: 4, image: {alt: 'A photo'}, body: 'Body with **bold** and [a link](https://example.com).'});

describe('renderTerminalArticle', () => {
	test('title, byline, image, body, a rule and the clinic\'s closing line, each wrapped to the width', () => {
		expect(renderTerminalArticle({post, clinic}, {width: 20, colorLevel: 0, hyperlinks: false})).toEqual([
			'Knots in the',
			'shoulder muscles',
			'A. Writer · October',
			'3, 2022 · 4 min read',
			'[Image: A photo]',
			'',
			'Body with bold and a',
			'link (https://examp',
			'le.com).',
			'',
			'────────────────────',
			'Test Clinic ·',
			'905-555-0100 · Book',
			'online',
		]);
	});

	test('styles: a bold underlined title, byline and image line in the theme\'s faint grey (never dim), a rule of at most 40 columns', () => {
		const lines = renderTerminalArticle({post, clinic}, {width: 60, colorLevel: 1, hyperlinks: false});
		// The dark theme's grey at 16 colours: bright black, 5.3:1 on black.
		expect(lines.slice(0, 4)).toEqual([
			'\u001B[1m\u001B[4mKnots in the shoulder muscles\u001B[24m\u001B[22m',
			'\u001B[90mA. Writer · October 3, 2022 · 4 min read\u001B[39m',
			'\u001B[90m[Image: A photo]\u001B[39m',
			'',
		]);
		expect(lines.slice(-2)).toEqual([`\u001B[90m${'─'.repeat(40)}\u001B[39m`, '\u001B[90mTest Clinic · 905-555-0100 · Book online\u001B[39m']);
	});

	test('links are OSC 8 only when asked', () => {
		const link = '\u001B]8;;https://example.com\u001B\\a link\u001B]8;;\u001B\\';
		expect(renderTerminalArticle({post, clinic}, {width: 60, colorLevel: 1, hyperlinks: true}).join('\n')).toContain(link);
		expect(renderTerminalArticle({post, clinic}, {width: 60, colorLevel: 1, hyperlinks: false}).join('\n')).not.toContain('\u001B]8;;');
	});

	test('no image line without an image; no colour at level 0', () => {
		const lines = renderTerminalArticle({post: fakePost('plain', {title: 'Plain'}), clinic}, {width: 60, colorLevel: 0, hyperlinks: false});
		expect(lines).toEqual(['Plain', 'January 1, 2026 · 1 min read', '', 'Body of plain.', '', '─'.repeat(40), 'Test Clinic · 905-555-0100 · Book online']);
	});

	test('a long title in a wide script still fits the width', () => {
		const lines = renderTerminalArticle({post: fakePost('wide', {title: '中文字符测试'.repeat(6)}), clinic}, {width: 15, colorLevel: 2, hyperlinks: false});
		expect(lines.filter(line => stringWidth(line) > 15)).toEqual([]);
	});
});
