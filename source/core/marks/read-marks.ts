import {readFileSync, renameSync} from 'node:fs';
import path from 'node:path';

/** Slug → when it was read (ISO time). */
export type ReadMarks = Record<string, string>;
export type Warn = (message: string) => void;

/** Which posts have been read. Writes go to disk at once, so a kill loses nothing. */
export type ReadStateStore = {
	readonly isRead: (slug: string) => boolean;
	readonly setRead: (slugs: readonly string[], read: boolean) => void;
	/** Where the reader left a post last time (0–1 of its lines), if anywhere. */
	readonly position: (slug: string) => number | undefined;
	readonly setPosition: (slug: string, at: number) => void;
	/** Where the state lives, for messages. */
	readonly path: string;
};

export function configFile(directory: string): string {
	return path.join(directory, 'config.json');
}

function isReadMarks(value: unknown): value is ReadMarks {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(mark => typeof mark === 'string');
}

/**
The read marks on disk, read without conf (which costs a schema compiler at start-up). A file that is not valid
read state is moved aside as config.json.corrupt-<time>, never deleted, and reading starts fresh.
*/
export function readMarks(directory: string, warn: Warn): ReadMarks {
	const file = configFile(directory);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT' && code !== 'ENOTDIR') {
			warn(`cannot read ${file} (${code ?? 'error'}); every post shows as unread`);
		}

		return {};
	}

	try {
		const data = JSON.parse(text) as {read?: unknown};
		if (typeof data === 'object' && data !== null && !Array.isArray(data) && (data.read === undefined || isReadMarks(data.read))) {
			return {...data.read};
		}
	} catch {
		// Not JSON at all: moved aside below, like a file of the wrong shape.
	}

	const backup = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
	try {
		renameSync(file, backup);
		warn(`${file} was not valid read state; moved it to ${backup} and started fresh`);
	} catch (error) {
		warn(`${file} is not valid read state and cannot be moved aside (${(error as NodeJS.ErrnoException).code ?? 'error'}); every post shows as unread`);
	}

	return {};
}

/** For listing: the marks as they are on disk; it never writes. */
export function createReadOnlyStore(directory: string, warn: Warn): ReadStateStore {
	const marks = readMarks(directory, warn);
	const readOnly = () => {
		throw new Error('read state was opened read-only');
	};

	return {
		path: configFile(directory),
		isRead: slug => Object.hasOwn(marks, slug),
		setRead: readOnly,
		position: () => undefined,
		setPosition: readOnly,
	};
}

/** For tests and the kiosk: read state that lives only in memory. */
export function createMemoryStore(initiallyRead: readonly string[] = [], initialPositions: Readonly<Record<string, number>> = {}): ReadStateStore {
	const read = new Set(initiallyRead);
	const positions = new Map(Object.entries(initialPositions));
	return {
		path: ':memory:',
		isRead: slug => read.has(slug),
		position: slug => positions.get(slug),
		setPosition(slug, at) {
			positions.set(slug, at);
		},
		setRead(slugs, value) {
			for (const slug of slugs) {
				if (value) {
					read.add(slug);
				} else {
					read.delete(slug);
				}
			}
		},
	};
}
