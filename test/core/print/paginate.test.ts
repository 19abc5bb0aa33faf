import {fc, test} from '@fast-check/vitest';
import {describe, expect} from 'vitest';
import type {Block, BlockKind} from '../../../source/core/render/blocks.js';
import {pageLines, paginate} from '../../../source/core/print/paginate.js';
import {checkTypesetting} from '../../helpers/typesetting.js';

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
