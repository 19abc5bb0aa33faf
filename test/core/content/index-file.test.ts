import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {indexFileText, readIndexFile} from '../../../source/core/content/index-file.js';
import {temporaryDirectory} from '../../helpers/content.js';

const columns = {names: ['a.md', 'b.md'], sizes: [10, 20], mtimes: [1.5, 2.5], dates: ['2026-01-01', null], titles: ['Alpha ✓', 'no front matter'], schedules: {}};
const header = {folder: '1:2:3', savedAt: 1000, id: 'first'};

function written(text = indexFileText(header, columns, ['{"tags":[],"words":1}', 'null'])) {
	const file = path.join(temporaryDirectory(), 'index.json');
	writeFileSync(file, text);
	return file;
}

describe('the index file', () => {
	test('reads back the header and the heads it was written with, the details when asked', () => {
		const read = readIndexFile(written())!;
		expect(read.header).toMatchObject(header);
		expect(read.columns).toEqual(columns);
		const line = read.detailsLines();
		expect([line(0), line(1), line(2), line(3)]).toEqual(['{"tags":[],"words":1}', 'null', '', '']);
	});

	test('a file cut short, of another version, or with a wrong length of heads is no index', () => {
		const text = readFileSync(written(), 'utf8');
		for (const broken of [text.slice(0, text.indexOf('"titles"')), text.replace('index 4', 'index 3'), text.replace(/"headsBytes":\d+/, '"headsBytes":12'), '', 'clinic-read index 4\n']) {
			expect(readIndexFile(written(broken))).toBeUndefined();
		}

		expect(readIndexFile(path.join(temporaryDirectory(), 'none.json'))).toBeUndefined();
	});

	test('details are never taken from a later save of the file than its heads', () => {
		const file = written();
		const read = readIndexFile(file)!;
		writeFileSync(file, indexFileText({...header, id: 'second'}, columns, ['{"tags":["later"],"words":9}', 'null']));
		expect(read.detailsLines()(0)).toBe('');
	});

	test('each details line, asked for in any order, is the line split would give, multi-byte text included', () => {
		const lines = ['{"summary":"Épaule — 肩"}', '', 'null', '{"tags":["a"]}', '{"summary":"😀"}'];
		const file = written(indexFileText(header, columns, lines));
		const whole = readFileSync(file, 'utf8');
		const expected = whole.slice(whole.indexOf('\n', whole.indexOf('"schedules"')) + 1).split('\n');
		const line = readIndexFile(file)!.detailsLines();
		for (const position of [4, 0, 2, 7, 1, 3, 5, 6]) {
			expect(line(position)).toBe(expected[position] ?? '');
		}
	});
});
