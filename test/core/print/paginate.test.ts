import path from 'node:path';
import {fc, test} from '@fast-check/vitest';
import stringWidth from 'string-width';
import {describe, expect} from 'vitest';
import {renderPlainArticle} from '../../../source/core/render/article.js';
import {type Block, type BlockKind, flattenBlocks} from '../../../source/core/render/blocks.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {contactLines, handoutBlocks, renderHandout, spread} from '../../../source/core/print/handout.js';
import {frameLines, type Piece, pageLines, paginate} from '../../../source/core/print/paginate.js';
import {wrapLines} from '../../../source/core/text/wrap.js';
import {root} from '../../helpers/cli.js';
import {fakePost} from '../../helpers/content.js';

const content = path.join(root, 'content');
const {posts} = loadCatalog(content);
const clinic = loadClinic(content);
const isHeading = (block: Block) => block.kind === 'heading' || block.kind === 'title';
const nonBlank = (lines: readonly string[]) => lines.filter(line => line !== '');

function block(kind: BlockKind, size: number, gap = 1, name: string = kind): Block {
	return {kind, gap, lines: Array.from({length: size}, (_, index) => `${name} ${index + 1}`)};
}

/** Each page as "block:start-end" pieces, for readable expectations. */
function layout(blocks: readonly Block[], height: number): string[] {
	return paginate(blocks, height).map(page => page.map(({block, start, end}) => `${block}:${start}-${end}`).join(' '));
}

describe('paginate', () => {
	test.each([
		['everything on one page', [block('title', 2, 0), block('paragraph', 3)], 10, ['0:0-2 1:0-3']],
		['a 3-line paragraph is never split: it moves whole', [block('paragraph', 5, 0), block('paragraph', 3)], 8, ['0:0-5', '1:0-3']],
		['a long paragraph leaves two lines or more on each page', [block('paragraph', 4, 0), block('paragraph', 6)], 8, ['0:0-4 1:0-3', '1:3-6']],
		['no orphan: one line of room is left empty', [block('paragraph', 6, 0), block('paragraph', 4)], 8, ['0:0-6', '1:0-4']],
		['no widow: the split leaves two lines for the next page', [block('paragraph', 2, 0), block('paragraph', 6)], 8, ['0:0-2 1:0-4', '1:4-6']],
		['a heading moves with the next two lines', [block('paragraph', 4, 0), block('heading', 2), block('paragraph', 5)], 8, ['0:0-4', '1:0-2 2:0-5']],
		['a heading followed by a list item moves with the whole item', [block('paragraph', 2, 0), block('heading', 2), block('list-item', 3)], 8, ['0:0-2', '1:0-2 2:0-3']],
		['a list item that fits on a page moves whole', [block('paragraph', 5, 0), block('list-item', 2), block('list-item', 2, 0)], 8, ['0:0-5 1:0-2', '2:0-2']],
		['a block taller than a page is split', [block('other', 10, 0)], 4, ['0:0-4', '0:4-8', '0:8-10']],
		['a paragraph taller than a page keeps two lines for the last page', [block('paragraph', 9, 0)], 4, ['0:0-4', '0:4-7', '0:7-9']],
	] as const)('%s', (_, blocks, height, expected) => {
		expect(layout(blocks, height)).toEqual(expected);
	});

	test('pageLines puts gaps between blocks and drops the blank lines at a break', () => {
		const blocks = [block('paragraph', 2, 0, 'a'), block('paragraph', 2, 1, 'b'), block('other', 3, 1, 'c')];
		const pages = paginate(blocks, 5);
		expect(pages.map(pieces => pageLines(blocks, pieces))).toEqual([['a 1', 'a 2', '', 'b 1', 'b 2'], ['c 1', 'c 2', 'c 3']]);
	});

	const arbitraryDocument = fc.array(fc.record({
		heading: fc.option(fc.integer({min: 1, max: 2}), {nil: undefined}),
		kind: fc.constantFrom<BlockKind>('paragraph', 'list-item', 'other'),
		size: fc.integer({min: 1, max: 30}),
		gap: fc.integer({min: 0, max: 2}),
	}), {maxLength: 30}).map(sections => sections.flatMap(({heading, kind, size, gap}, index) => [
		...(heading === undefined ? [] : [block('heading', heading, 1, `h${index}`)]),
		block(kind, size, gap, `b${index}`),
	]));

	test.prop([arbitraryDocument, fc.integer({min: 8, max: 40})])('keeps every line once, in order, within the page height, by the typesetting rules', (blocks, height) => {
		const pages = paginate(blocks, height);
		expect(pages.flat().flatMap(({block, start, end}) => blocks[block]!.lines.slice(start, end))).toEqual(blocks.flatMap(each => each.lines));
		for (const pieces of pages) {
			expect(pieces.length).toBeGreaterThan(0);
			expect(pageLines(blocks, pieces).length).toBeLessThanOrEqual(height);
		}

		checkTypesetting(blocks, pages, height);
	});
	test.prop([fc.array(fc.record({kind: fc.constantFrom<BlockKind>('title', 'heading', 'paragraph', 'list-item', 'other'), size: fc.integer({min: 0, max: 12}), gap: fc.integer({min: 0, max: 3})})), fc.integer({min: 1, max: 8})])('always ends, loses nothing and never overfills, even on tiny pages', (specs, height) => {
		const blocks = specs.map(({kind, size, gap}, index) => block(kind, size, gap, `b${index}`));
		const pages = paginate(blocks, height);
		expect(pages.flat().flatMap(({block, start, end}) => blocks[block]!.lines.slice(start, end))).toEqual(blocks.flatMap(each => each.lines));
		for (const pieces of pages) {
			expect(pageLines(blocks, pieces).length).toBeLessThanOrEqual(height);
		}
	});
});

/** The typesetting promises, checked on a layout. */
function checkTypesetting(blocks: readonly Block[], pages: readonly Piece[][], height: number): void {
	const piecesOf = (index: number) => pages.flat().filter(piece => piece.block === index);
	for (const [index, each] of blocks.entries()) {
		const pieces = piecesOf(index);
		const size = each.lines.length;
		if (each.kind === 'paragraph' && pieces.length > 1) {
			// Widows and orphans: a paragraph is split only if it has four lines or more, and then two or more go on each page.
			expect(size).toBeGreaterThanOrEqual(4);
			expect(Math.min(...pieces.map(piece => piece.end - piece.start))).toBeGreaterThanOrEqual(2);
		}

		if (each.kind !== 'paragraph' && !isHeading(each) && size <= height && pieces.length > 1) {
			// Kept whole where it fits; the only exception is a heading at the top of a page that cannot also hold it.
			const page = pages.find(candidate => candidate.includes(pieces[0]!))!;
			expect(page.slice(0, page.indexOf(pieces[0]!)).every(piece => isHeading(blocks[piece.block]!))).toBe(true);
		}
	}

	for (const [pageIndex, pieces] of pages.entries()) {
		const lastPage = pageIndex === pages.length - 1;
		expect(lastPage || !isHeading(blocks[pieces.at(-1)!.block]!), `page ${pageIndex + 1} ends with a heading`).toBe(true);
		for (const [position, piece] of pieces.entries()) {
			const atTop = pieces.slice(0, position).every(before => isHeading(blocks[before.block]!));
			if (isHeading(blocks[piece.block]!) && !atTop) {
				// Two lines of text follow a heading on its page, or all the text there is before the next heading. Only
				// a heading at the top of a page is exempt: it is there because it and its lines could not fit anywhere.
				const textAfter = (from: readonly Piece[]) => from.filter(next => !isHeading(blocks[next.block]!)).flatMap(next => nonBlank(blocks[next.block]!.lines.slice(next.start, next.end)));
				const rest = pages.flat().slice(pages.flat().indexOf(piece) + 1);
				const nextHeading = rest.findIndex(next => isHeading(blocks[next.block]!));
				const section = nextHeading === -1 ? rest : rest.slice(0, nextHeading);
				expect(textAfter(pieces.slice(position + 1)).length, `heading on page ${pageIndex + 1}`).toBeGreaterThanOrEqual(Math.min(2, textAfter(section).length));
			}
		}
	}
}

/** A handout split into pages: each page's lines, without the form feed. */
function splitPages(output: string): string[][] {
	expect(output.endsWith('\f')).toBe(true);
	return output.slice(0, -1).split('\f').map(page => page.split('\n'));
}

describe('renderHandout over every bundled article', () => {
	const cases = posts.flatMap(post => [40, 72, 100].flatMap(width => [20, 40, 66].map(pageLength => ({post, width, pageLength}))));

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
		const blocks = handoutBlocks(input, {width, contact: true});
		const layoutPages = paginate(blocks, pageLength - frameLines);
		expect(layoutPages).toHaveLength(pages.length);
		checkTypesetting(blocks, layoutPages, pageLength - frameLines);

		// Nothing lost: the text is the plain article, then the contact block and the disclaimer, with only blank lines
		// dropped at page breaks.
		const expected = [...renderPlainArticle(input, width), '', ...contactLines(clinic, width), '', ...wrapLines(clinic.disclaimer!, width)];
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
		const blocks = handoutBlocks({post, clinic: {name, phone, city, booking}}, {width: 72, contact: false});
		expect(flattenBlocks(blocks)).toEqual(renderPlainArticle({post, clinic}, 72));
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
		const blocks = handoutBlocks({post: fakePost('links', {body: `See ${short} for more, or ${long} for everything.`}), clinic}, {width: 40, contact: false});
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
