import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {randomName, writeFileAtomically} from '../../source/core/files.js';
import {temporaryDirectory} from '../helpers/content.js';

describe('writeFileAtomically', () => {
	test('writes a new file, and replaces an old one whole, leaving nothing else beside it', () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'status.json');
		writeFileAtomically(file, '{"a":1}');
		expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
		writeFileSync(file, 'old and longer text');
		writeFileAtomically(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(readdirSync(directory)).toEqual(['status.json']);
	});

	test('a failed write throws, keeps the old file and leaves no temporary file behind', () => {
		const directory = temporaryDirectory();
		// A folder where the file should be: the temporary file is written, the rename over the folder fails.
		const file = path.join(directory, 'taken');
		mkdirSync(file);
		expect(() => {
			writeFileAtomically(file, 'text');
		}).toThrow();
		expect(readdirSync(directory)).toEqual(['taken']);
	});

	test('a folder that does not exist is an error, not a crash later', () => {
		const directory = temporaryDirectory();
		expect(() => {
			writeFileAtomically(path.join(directory, 'missing', 'file.json'), 'text');
		}).toThrow(/ENOENT/);
		expect(readdirSync(directory)).toEqual([]);
	});
});

test('randomName: eight letters and digits, a new one each time', () => {
	const names = Array.from({length: 1000}, () => randomName());
	expect(names.every(name => /^[\da-z]{8}$/.test(name))).toBe(true);
	expect(new Set(names).size).toBe(1000);
});
