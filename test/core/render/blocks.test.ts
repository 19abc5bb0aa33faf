import {describe, expect, test} from 'vitest';
import {type Block, flattenBlocks} from '../../../source/core/render/blocks.js';

const block = (lines: string[], gap: number): Block => ({kind: 'paragraph', lines, gap});

describe('flattenBlocks', () => {
	test.each<[string, Block[], string[]]>([
		['nothing', [], []],
		['one block: its gap is ignored, nothing goes before the first', [block(['a'], 2)], ['a']],
		['a gap of one is one blank line', [block(['a'], 0), block(['b', 'c'], 1)], ['a', '', 'b', 'c']],
		['a gap of zero joins blocks, as in a tight list', [block(['- a'], 0), block(['- b'], 0)], ['- a', '- b']],
		['a gap of two is two blank lines', [block(['a'], 0), block(['b'], 2)], ['a', '', '', 'b']],
		['an empty first block still counts as the first', [block([], 0), block(['b'], 1)], ['b']],
	])('%s', (_, blocks, expected) => {
		expect(flattenBlocks(blocks)).toEqual(expected);
	});
});

test('a block of 200,000 lines (a long code block) flattens without a stack overflow', () => {
	const lines = Array.from({length: 200_000}, (_, index) => String(index));
	expect(flattenBlocks([block(['a'], 0), block(lines, 1)])).toHaveLength(200_002);
});
