import {closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Stats} from 'node:fs';

/** Far beyond any article or clinic.yml; a bigger file is a mistake (a log, a dump) and would only slow things down. */
/** The Markdown files of a content folder (posts/, notices/), sorted as every reader of the folder lists them. */
export function markdownFileNames(directory: string): string[] {
	return readdirSync(directory).filter(name => name.endsWith('.md')).sort();
}

/** Whether two lists of names are the same, in the same order. */
export const sameNames = (a: readonly unknown[], b: readonly unknown[]): boolean => a === b || (a.length === b.length && a.every((name, position) => b[position] === name));

export const maxContentBytes = 5 * 1024 * 1024;

/** A file's size and modification time, from its open descriptor: taken before the read, so an edit made during it shows as a change next time. */
export type ContentStamp = {readonly size: number; readonly mtimeMs: number};

export type ContentFile = {readonly bytes: Buffer; readonly stamp: ContentStamp} | {readonly problem: string; readonly code?: string; readonly stamp?: ContentStamp};

/** A cap in words: "5 MB", "64 KB", "1023 bytes". */
function sizeText(bytes: number): string {
	if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
		return `${bytes / 1024 / 1024} MB`;
	}

	return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}

function kindOf(stats: Stats): string {
	if (stats.isDirectory()) {
		return 'a folder';
	}

	if (stats.isFIFO()) {
		return 'a named pipe (FIFO)';
	}

	if (stats.isCharacterDevice() || stats.isBlockDevice()) {
		return 'a device';
	}

	return stats.isSocket() ? 'a socket' : 'not a regular file';
}

/**
Read one content file (a post, clinic.yml), or say in a few words why not. Only a regular file is content: it is
opened without blocking (a FIFO would wait forever for a writer), checked on the open descriptor (no race with a
swap), and read to at most `maxBytes` (a sparse file or /dev/zero is never read whole).
*/
export function readContentFile(file: string, maxBytes = maxContentBytes): ContentFile {
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {problem: `cannot read (${code ?? 'error'})`, ...(code ? {code} : {})};
	}

	try {
		const stats = fstatSync(descriptor);
		const stamp = {size: stats.size, mtimeMs: stats.mtimeMs};
		if (!stats.isFile()) {
			return {problem: `${kindOf(stats)}, not a file`, stamp};
		}

		const tooBig = {problem: `larger than ${sizeText(maxBytes)}`, stamp};
		if (stats.size > maxBytes) {
			return tooBig;
		}

		// Read until the end, in a buffer that may grow (the file can grow after fstat) to one byte over the cap.
		let buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxBytes) {
					break;
				}

				const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, length * 2));
				buffer.copy(grown);
				buffer = grown;
			}

			const wanted = buffer.length - length;
			const read = readSync(descriptor, buffer, length, wanted, null);
			length += read;
			// A regular file reads short only at its end: no second read just to be told so (50,000 calls on a cold
			// catalogue). A file that grew since fstat fills the buffer, and the loop reads on.
			if (read < wanted) {
				break;
			}
		}

		return length > maxBytes ? tooBig : {bytes: buffer.subarray(0, length), stamp};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {problem: `cannot read (${code ?? 'error'})`, ...(code ? {code} : {})};
	} finally {
		closeSync(descriptor);
	}
}

/** As text: the same limits, and a NUL byte (which never occurs in text) marks a binary file. */
export function readContentText(file: string, maxBytes = maxContentBytes): {readonly text: string; readonly stamp: ContentStamp} | {readonly problem: string; readonly code?: string; readonly stamp?: ContentStamp} {
	const result = readContentFile(file, maxBytes);
	if ('problem' in result) {
		return result;
	}

	const {bytes, stamp} = result;
	return bytes.includes(0) ? {problem: 'a binary file, not Markdown text', stamp} : {text: bytes.toString('utf8'), stamp};
}
