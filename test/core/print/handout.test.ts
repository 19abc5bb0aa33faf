import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderPlainArticle} from '../../../source/core/render/article.js';
import {flattenBlocks} from '../../../source/core/render/blocks.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {contactLines, handoutBlocks, handoutLayout, largeHandout, renderHandout, spread} from '../../../source/core/print/handout.js';
import type {Post} from '../../../source/core/content/post.js';
import {frameLines} from '../../../source/core/print/paginate.js';
import {wrapLines} from '../../../source/core/text/wrap.js';
import {root} from '../../helpers/cli.js';
import {fakePost} from '../../helpers/content.js';
import {checkTypesetting} from '../../helpers/typesetting.js';

const content = path.join(root, 'content');
const {posts} = loadCatalog(content);
const clinic = loadClinic(content);
const nonBlank = (lines: readonly string[]) => lines.filter(line => line !== '');

/** The plain article without what paper says once, in the contact block: the closing call to book and the sign-off. */
function articleText(post: Post, width: number): string[] {
	const lines = renderPlainArticle({post, clinic}, width);
	const end = lines.findIndex(line => line.startsWith('Questions, or ready to book?') || line === '-'.repeat(Math.min(width, 40)));
	return lines.slice(0, lines.slice(0, end).findLastIndex(line => line !== '') + 1);
}

/** A handout split into pages: each page's lines, without the form feed. */
function splitPages(output: string): string[][] {
	expect(output.endsWith('\f')).toBe(true);
	return output.slice(0, -1).split('\f').map(page => page.split('\n'));
}

describe('renderHandout over every bundled article', () => {
	// Large print's page (48 columns, 48 lines) among them.
	const cases = posts.flatMap(post => [...[40, 72, 100].flatMap(width => [20, 40, 66].map(pageLength => ({post, width, pageLength}))), {post, ...largeHandout}]);

	test.each(cases)('$post.slug at $width columns, $pageLength lines a page', ({post, width, pageLength}) => {
		const input = {post, clinic};
		const output = renderHandout(input, {width, pageLength, contact: true});
		const pages = splitPages(output);
		expect(output).not.toContain('\u001B');

		for (const [index, lines] of pages.entries()) {
			expect(lines).toHaveLength(pageLength);
			for (const line of lines) {
				expect(stringWidth(line), line).toBeLessThanOrEqual(width);
			}

			// Header: the clinic's name on the left, the title on the right, either cut short with an ellipsis.
			const [left, right] = lines[0]!.split(/ {2,}/);
			expect(clinic.name.startsWith(left!.replace(/…$/, ''))).toBe(true);
			expect(post.title.startsWith(right!.replace(/…$/, ''))).toBe(true);
			expect(left === clinic.name || left!.endsWith('…')).toBe(true);
			expect(right === post.title || right!.endsWith('…')).toBe(true);
			expect(lines[1]).toBe('');
			expect(lines.at(-2)).toBe('');
			expect(lines.at(-1)).toMatch(new RegExp(`^.*${clinic.phone}.* {2,}Page ${index + 1} of ${pages.length}$`));
		}

		// The typesetting rules, on the layout the pages were made from.
		const {blocks, pages: layoutPages} = handoutLayout(input, {width, pageLength, contact: true});
		expect(layoutPages).toHaveLength(pages.length);
		checkTypesetting(blocks, layoutPages, pageLength - frameLines);

		// Nothing lost: the text is the plain article, then the contact block and the disclaimer, with only blank lines
		// dropped at page breaks.
		const expected = [...articleText(post, width), '', ...contactLines(clinic, width), '', ...wrapLines(clinic.disclaimer!, width)];
		expect(flattenBlocks(blocks)).toEqual(expected);
		let position = 0;
		for (const lines of pages) {
			const text = lines.slice(2, -2);
			const body = text.slice(0, text.findLastIndex(line => line !== '') + 1);
			while (expected[position] === '') {
				position++;
			}

			expect(body).toEqual(expected.slice(position, position + body.length));
			position += body.length;
		}

		expect(position).toBe(expected.length);
	});
});

describe('renderHandout', () => {
	const post = posts.find(candidate => candidate.slug === 'trigger-point-therapy')!;

	test('--no-contact leaves the contact block out and keeps the disclaimer', () => {
		const text = renderHandout({post, clinic}, {width: 72, pageLength: 66, contact: false});
		expect(text).not.toContain('Phone:');
		expect(text).toContain('not a diagnosis');
		expect(renderHandout({post, clinic}, {width: 72, pageLength: 66, contact: true})).toContain(`Phone:    ${clinic.phone}`);
	});

	test('no disclaimer when the clinic has none', () => {
		const {name, phone, city, booking} = clinic;
		const {blocks} = handoutBlocks({post, clinic: {name, phone, city, booking}}, {width: 72, contact: false});
		expect(flattenBlocks(blocks)).toEqual([...articleText(post, 72), '', ...renderPlainArticle({post, clinic}, 72).slice(-2)]);
	});

	test('the shortest page and the narrowest width still hold header, footer and text', () => {
		for (const each of posts) {
			const pages = splitPages(renderHandout({post: each, clinic}, {width: 20, pageLength: 7, contact: true}));
			for (const lines of pages) {
				expect(lines).toHaveLength(7);
				expect(nonBlank(lines.slice(2, -2)).length).toBeGreaterThan(0);
				expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(20);
			}
		}
	});

	test('a URL is broken only where it must be: whole when it fits, at the width when it cannot', () => {
		const short = 'https://example.com/a/short/path';
		const long = `https://example.com/${'x'.repeat(90)}`;
		const {blocks} = handoutBlocks({post: fakePost('links', {body: `See ${short} for more, or ${long} for everything.`}), clinic}, {width: 40, contact: false});
		const lines = blocks.flatMap(each => each.lines);
		expect(lines.some(line => line.includes(short))).toBe(true);
		const start = lines.findIndex(line => line.includes('https://example.com/x'));
		const pieces = Math.ceil(long.length / 40);
		expect(lines.slice(start, start + pieces).join('').includes(long)).toBe(true);
		expect(lines.slice(start + 1, start + pieces - 1).every(line => stringWidth(line) === 40)).toBe(true);
	});
});

describe('spread', () => {
	test.each([
		['Clinic', 'Title', 20, 'Clinic         Title'],
		['Delta Physiotherapy & Rehab', 'A Beginner\'s Guide to Trigger Point Therapy', 40, 'Delta Physiotherap…  A Beginner\'s Guide…'],
		['Clinic', '中文字符测试中文字符测试中文字符测试', 24, 'Clinic   中文字符测试中…'],
		['Delta', 'Emoji 😀😀😀😀 title', 20, 'Delta  Emoji 😀😀😀…'],
	])('%s | %s at %i', (left, right, width, expected) => {
		expect(spread(left, right, width)).toBe(expected);
		expect(stringWidth(spread(left, right, width))).toBeLessThanOrEqual(width);
	});
});

describe('contactLines', () => {
	const card = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online', email: 'front@example.com'};

	test('the name, then each contact row with its value aligned after the labels', () => {
		expect(contactLines(card, 40)).toEqual([
			'Test Clinic',
			'Phone:    905-555-0100',
			'Book:     Book online',
			'Email:    front@example.com',
			'Address:  Mississauga',
		]);
	});

	test('a long value wraps under its own start', () => {
		expect(contactLines({...card, booking: 'Book online or call the front desk'}, 30)).toContain('Book:     Book online or call');
		expect(contactLines({...card, booking: 'Book online or call the front desk'}, 30)).toContain('          the front desk');
	});

	test('narrower than a label and 16 columns, a value wraps under its label instead', () => {
		expect(contactLines(card, 24)).toEqual([
			'Test Clinic',
			'Phone: 905-555-0100',
			'Book: Book online',
			'Email: front@example.com',
			'Address: Mississauga',
		]);
	});
});

describe('a whole handout', () => {
	test('every page is header, blank, text, blank and footer, padded to the page length and ended by a form feed', () => {
		const small = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online', disclaimer: 'Not a diagnosis.'};
		const post = fakePost('knee', {title: 'Knee pain', date: '2022-10-03', readingMinutes: 1, body: 'One.\n\nTwo.'});
		const page = (text: string[], footer: string) => [
			'Test Clinic                    Knee pain',
			'',
			...text,
			...Array.from({length: 10 - text.length}, () => ''),
			'',
			footer,
		].join('\n') + '\f';
		// The closing block never stands on a page alone: the last body lines come over with it.
		expect(renderHandout({post, clinic: small}, {width: 40, pageLength: 14, contact: false})).toBe(page([
			'Knee pain',
			'=========',
			'October 3, 2022 - 1 min read',
			'',
			'One.',
		], 'Call 905-555-0100            Page 1 of 2') + page([
			'Two.',
			'',
			'----------------------------------------',
			'Test Clinic - 905-555-0100 - Book online',
			'',
			'Not a diagnosis.',
		// "Questions? Call …" and "Page 1 of 2" would need 41 columns.
		], 'Call 905-555-0100            Page 2 of 2'));
	});
});
