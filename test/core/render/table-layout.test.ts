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
