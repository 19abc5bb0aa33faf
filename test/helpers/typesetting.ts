import {expect} from 'vitest';
import type {Block} from '../../source/core/render/blocks.js';
import type {Piece} from '../../source/core/print/paginate.js';

const isHeading = (block: Block) => block.kind === 'heading' || block.kind === 'title';
const nonBlank = (lines: readonly string[]) => lines.filter(line => line !== '');

/** The typesetting promises, checked on a layout. */
export function checkTypesetting(blocks: readonly Block[], pages: readonly Piece[][], height: number): void {
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
