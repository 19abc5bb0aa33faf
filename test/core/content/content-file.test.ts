import {execFileSync} from 'node:child_process';
import {mkdirSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readContentFile, readContentText} from '../../../source/core/content/content-file.js';
import {temporaryDirectory} from '../../helpers/content.js';

/** The result without its stamp, which the last test checks on its own. */
function withoutStamp<T extends object>(result: T): Omit<T, 'stamp'> {
	const {stamp: _stamp, ...rest} = result as T & {stamp?: unknown};
	return rest;
}

describe('readContentFile: only regular files are content', () => {
	test('a regular file is read whole', () => {
		const file = path.join(temporaryDirectory(), 'a.md');
		writeFileSync(file, '---\ntitle: A\n---\nBody\n');
		expect(withoutStamp(readContentText(file))).toEqual({text: '---\ntitle: A\n---\nBody\n'});
	});

	test('a FIFO is refused at once, without waiting for a writer', () => {
		const file = path.join(temporaryDirectory(), 'x.md');
		execFileSync('mkfifo', [file]);
		expect(withoutStamp(readContentFile(file))).toEqual({problem: 'a named pipe (FIFO), not a file'});
	});

	test('a link to /dev/zero or /dev/urandom is a device, never read', () => {
		const directory = temporaryDirectory();
		symlinkSync('/dev/zero', path.join(directory, 'zero.md'));
		symlinkSync('/dev/urandom', path.join(directory, 'random.md'));
		expect(withoutStamp(readContentFile(path.join(directory, 'zero.md')))).toEqual({problem: 'a device, not a file'});
		expect(withoutStamp(readContentFile(path.join(directory, 'random.md')))).toEqual({problem: 'a device, not a file'});
	});

	test('a folder named like a post is not a file', () => {
		const directory = path.join(temporaryDirectory(), 'x.md');
		mkdirSync(directory);
		expect(withoutStamp(readContentFile(directory))).toEqual({problem: 'a folder, not a file'});
	});

	test('a 1.5 GB sparse file is refused by its size, before any byte is read', () => {
		const file = path.join(temporaryDirectory(), 'big.md');
		writeFileSync(file, '');
		truncateSync(file, 1.5 * 1024 ** 3);
		expect(withoutStamp(readContentFile(file))).toEqual({problem: 'larger than 5 MB'});
	});

	test('the cap holds at its edge, and a missing file names its code', () => {
		const file = path.join(temporaryDirectory(), 'edge.md');
		writeFileSync(file, 'x'.repeat(1024));
		expect(withoutStamp(readContentFile(file, 1024))).toEqual({bytes: Buffer.from('x'.repeat(1024))});
		expect(withoutStamp(readContentFile(file, 1023))).toEqual({problem: 'larger than 1023 bytes'});
		expect(withoutStamp(readContentFile(file, 512))).toEqual({problem: 'larger than 512 bytes'});
		expect(withoutStamp(readContentFile(`${file}.gone`))).toEqual({problem: 'cannot read (ENOENT)', code: 'ENOENT'});
	});

	test('a NUL byte makes a binary file', () => {
		const file = path.join(temporaryDirectory(), 'bin.md');
		writeFileSync(file, Buffer.from([0x2d, 0, 0x2d]));
		expect(withoutStamp(readContentText(file))).toEqual({problem: 'a binary file, not Markdown text'});
	});

	test('gives the size and time of the file it read, from its open descriptor', () => {
		const file = path.join(temporaryDirectory(), 'stamped.md');
		writeFileSync(file, 'x'.repeat(10));
		const {size, mtimeMs} = statSync(file);
		expect(readContentText(file)).toMatchObject({stamp: {size, mtimeMs}});
		expect(readContentFile(file, 5)).toMatchObject({stamp: {size, mtimeMs}});
	});
});
