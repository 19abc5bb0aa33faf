import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {gridLines, recordLines, tableLines} from '../../../source/core/render/table-layout.js';

const style = {separator: ' | ', line: '-', cross: '-+-'};

test('columns are padded as aligned: left, right, centre', () => {
	const cells = {header: ['a', 'b', 'c'], rows: [['1', '2', '3'], ['long', 'longer', 'longest']], align: ['left', 'right', 'center'] as const};
	expect(gridLines(cells, 80, style)).toEqual(['a    |      b |    c', '-----+--------+--------', '1    |      2 |    3', 'long | longer | longest']);
});

test('a wide cell wraps inside its column and every line fits, by display width', () => {
	const cells = {header: ['名前', 'notes'], rows: [['膝', 'a very long note about stairs and knees and walking every day']], align: [null, null]};
	const lines = tableLines(cells, 30, style);
	expect(lines.length).toBeGreaterThan(3);
	for (const line of lines) {
		expect(stringWidth(line)).toBeLessThanOrEqual(30);
	}
});

test('2,000 columns take the record layout at once', () => {
	const header = Array.from({length: 2000}, (_, index) => `c${index}`);
	const cells = {header, rows: [header.map(() => 'x')], align: header.map(() => null)};
	expect(gridLines(cells, 100, style)).toBeUndefined();
	expect(tableLines(cells, 100, style)).toEqual(recordLines(cells, 100));
});

// A post under the 5 MB cap can hold a few hundred thousand rows; spreading their widths into Math.max overflowed the stack.
test('200,000 rows, and 50,000 rows of three words a cell, lay out without a stack overflow', () => {
	const tall = {header: ['n'], rows: Array.from({length: 200_000}, (_, index) => [String(index % 10)]), align: [null]};
	expect(gridLines(tall, 60, style)).toHaveLength(200_002);
	const worded = {header: ['n', 'link'], rows: Array.from({length: 50_000}, (_, index) => [String(index), `row ${index} (https://example.org/${index})`]), align: [null, null]};
	expect(tableLines(worded, 60, style).length).toBeGreaterThanOrEqual(50_002);
});
