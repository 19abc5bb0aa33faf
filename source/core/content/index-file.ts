import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs';

/*
The layout of the catalogue index on disk, one file:

	clinic-read index 4
	{"folder": …, "savedAt": …, "id": …, "headsBytes": …}
	{"names": […], "sizes": […], "mtimes": […], "dates": […], "titles": […], "schedules": {"7": {…}}}
	one line of details per name, in the same order

The list fields are one line of columns (five arrays, not one array per post: at 50,000 posts that is a third of the
parse time and far fewer objects to collect). The header says how long that line is, so a listing reads the header
and the heads only, never the details below them (two thirds of the file), which are read when something shows one.
*/
export const indexMagic = 'clinic-read index 4';

/** The columns as read: nothing in them is checked yet (index-entry.ts checks each entry when it is used). */
export type HeadColumns = {
	readonly names: readonly unknown[];
	readonly sizes: readonly unknown[];
	readonly mtimes: readonly unknown[];
	readonly dates: readonly unknown[];
	readonly titles: readonly unknown[];
	readonly schedules: Readonly<Record<string, unknown>>;
};

export type IndexHeader = {readonly folder?: unknown; readonly savedAt: number; readonly id: string; readonly headsBytes: number};

export type DetailsLine = (position: number) => string;

export type IndexRead = {
	readonly header: IndexHeader;
	readonly columns: HeadColumns;
	/**
	The details line at a position ('' past the end), from the same file, read on first call while it is still the
	one the heads came from.
	*/
	readonly detailsLines: () => DetailsLine;
};

/** The header line is a few dozen bytes; anything longer is not ours. */
const headerReadBytes = 4096;

function readAt(descriptor: number, length: number, position: number): Buffer {
	const buffer = Buffer.allocUnsafe(length);
	let done = 0;
	while (done < length) {
		const read = readSync(descriptor, buffer, done, length - done, position + done);
		if (read === 0) {
			break;
		}

		done += read;
	}

	return buffer.subarray(0, done);
}

const isColumn = (value: unknown, length: number) => Array.isArray(value) && value.length === length;

function parseColumns(text: string): HeadColumns | undefined {
	const value = JSON.parse(text) as Partial<Record<keyof HeadColumns, unknown>> | null;
	if (typeof value !== 'object' || value === null || !Array.isArray(value.names)) {
		return undefined;
	}

	const {names, sizes, mtimes, dates, titles, schedules} = value;
	const {length} = names;
	const columnsFit = isColumn(sizes, length) && isColumn(mtimes, length) && isColumn(dates, length) && isColumn(titles, length);
	const schedulesFit = typeof schedules === 'object' && schedules !== null && !Array.isArray(schedules);
	return columnsFit && schedulesFit ? value as HeadColumns : undefined;
}

/** The header and heads of an index file; undefined when it is missing, of another version, cut short or malformed. */
export function readIndexFile(file: string): IndexRead | undefined {
	let descriptor: number;
	try {
		descriptor = openSync(file, 'r');
	} catch {
		return undefined;
	}

	try {
		const {size} = fstatSync(descriptor);
		const start = readAt(descriptor, Math.min(size, headerReadBytes), 0);
		const magicEnd = start.indexOf(10);
		const headerEnd = magicEnd === -1 ? -1 : start.indexOf(10, magicEnd + 1);
		if (headerEnd === -1 || start.toString('utf8', 0, magicEnd) !== indexMagic) {
			return undefined;
		}

		const header = JSON.parse(start.toString('utf8', magicEnd + 1, headerEnd)) as Partial<IndexHeader> | null;
		const {savedAt, id, headsBytes} = header ?? {};
		const headsAt = headerEnd + 1;
		if (typeof savedAt !== 'number' || typeof id !== 'string' || !Number.isSafeInteger(headsBytes) || headsBytes! < 2 || headsAt + headsBytes! >= size) {
			return undefined;
		}

		// The heads line and the newline after it: a file cut short fails here, not in the middle of a post.
		const heads = readAt(descriptor, headsBytes! + 1, headsAt);
		if (heads.length !== headsBytes! + 1 || heads[headsBytes!] !== 10) {
			return undefined;
		}

		const columns = parseColumns(heads.toString('utf8', 0, headsBytes));
		const prefix = start.subarray(0, headsAt);
		const detailsAt = headsAt + headsBytes! + 1;
		return columns && {header: header as IndexHeader, columns, detailsLines: () => readDetails(file, prefix, detailsAt)};
	} catch {
		return undefined;
	} finally {
		closeSync(descriptor);
	}
}

const noDetails: DetailsLine = () => '';

/**
The details, if the file still starts as the one read (its header names its save); else none: parse the posts. Each
line is found and decoded when asked for: a reader's first screen needs a few of 50,000 (10 MB), not all of them.
*/
function readDetails(file: string, prefix: Buffer, detailsAt: number): DetailsLine {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return noDetails;
	}

	if (!bytes.subarray(0, prefix.length).equals(prefix)) {
		return noDetails;
	}

	// Where each line starts; past the last line, one more than the length. UTF-8 never has a 10 inside a character.
	const starts = [detailsAt];
	return position => {
		while (starts.length <= position + 1 && starts.at(-1)! <= bytes.length) {
			const end = bytes.indexOf(10, starts.at(-1));
			starts.push(end === -1 ? bytes.length + 1 : end + 1);
		}

		const start = starts[position];
		const next = starts[position + 1];
		return start === undefined || next === undefined || start > bytes.length ? '' : bytes.toString('utf8', start, next - 1);
	};
}

/** The text of an index file; `id` tells one save from another, so details are never matched to another save's heads. */
export function indexFileText(header: {readonly folder?: string; readonly savedAt: number; readonly id: string}, columns: HeadColumns, detailsLines: readonly string[]): string {
	const heads = JSON.stringify(columns);
	return [indexMagic, JSON.stringify({...header, headsBytes: Buffer.byteLength(heads)}), heads, ...detailsLines, ''].join('\n');
}
