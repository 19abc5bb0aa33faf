import {describe, expect, test} from 'vitest';
import type {Block} from '../../../source/core/render/blocks.js';
import {paginate} from '../../../source/core/print/paginate.js';

describe('paginate on hostile input', () => {
	test('8,000 headings in a row: no stack overflow, every heading placed once', () => {
		const blocks: Block[] = Array.from({length: 8000}, (_, index) => ({kind: 'heading', lines: [`H${index}`, '---'], gap: 1}));
		const pages = paginate(blocks, 60);
		expect(pages.flat().map(piece => piece.block)).toEqual(blocks.map((_, index) => index));
		expect(pages.every(page => page.length > 0)).toBe(true);
	});
});
