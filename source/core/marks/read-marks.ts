import {readFileSync, renameSync} from 'node:fs';
import path from 'node:path';

/** Slug → when it was read (ISO time). */
export type ReadMarks = Record<string, string>;
/** Slug → any JSON value: one named map of the state file, like `read` or a reader's saved positions. */
export type SlugData = Record<string, unknown>;
/** The whole state file: named per-slug maps (and whatever else a newer version keeps there). */
export type SavedState = Record<string, unknown>;
export type Warn = (message: string) => void;

/** Whether a change reached the disk; when not, why, in a few words (the caller names the folder). */
export type SaveResult = {readonly saved: true} | {readonly saved: false; readonly reason: string};

/**
A change to one map of the state file. It is applied over the newest state on disk, under the lock, and replayed
if a save fails and is retried, so write it as "set this, delete that", never as a toggle.
*/
export type SlugDataChange = (entries: SlugData) => void;

/** Which posts have been read, and other per-slug data saved beside the marks. Writes go to disk at once. */
export type ReadStateStore = {
	readonly isRead: (slug: string) => boolean;
	readonly setRead: (slugs: readonly string[], read: boolean) => SaveResult;
	/** Where the reader left a post last time (0–1 of its lines), if anywhere. */
	readonly position: (slug: string) => number | undefined;
	/** Keep a place in a post; the file keeps only the newest places (positions.ts). */
	readonly setPosition: (slug: string, at: number) => SaveResult;
	/** The named map (not `read`) as last loaded or saved, with this process's changes applied. */
	readonly data: (section: string) => Readonly<SlugData>;
	/** Change the named map and save it with everything else, under the same lock as the marks. */
	readonly update: (section: string, change: SlugDataChange) => SaveResult;
	/** Try again to save changes a failed save kept (the reader calls this now and then). */
	readonly retry: () => SaveResult;
	/** While changes made here are not on disk: why the last save failed. */
	readonly unsavedReason: () => string | undefined;
	/** Where the state lives, for messages. */
	readonly path: string;
	readonly directory: string;
};

export const saved: SaveResult = {saved: true};

/** The line a failed save of read state gets: the folder and the reason. */
export function saveFailure(directory: string, reason: string): string {
	return `cannot save read marks in ${directory}: ${reason}`;
}

export function configFile(directory: string): string {
	return path.join(directory, 'config.json');
}

let lastParsed: {readonly text: string; readonly value: unknown} | undefined;

/**
JSON.parse for the state file; a UTF-8 byte-order mark (Windows editors add one) is not an error. The last result is
kept: conf reads the file again right after us, and a second parse of a large state would lengthen the lock. So the
value is shared: never change it (readSavedState hands out a copy of its top level).
*/
export function parseStateText(text: string): unknown {
	if (lastParsed?.text !== text) {
		lastParsed = {text, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)};
	}

	return lastParsed.value;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isReadMarks(value: unknown): value is ReadMarks {
	return isObject(value) && Object.values(value).every(mark => typeof mark === 'string');
}

function toSavedState(data: unknown): SavedState | undefined {
	return isObject(data) && (data['read'] === undefined || isReadMarks(data['read'])) ? {...data} : undefined;
}

/** One named map of the state; anything else under that name counts as empty and is replaced on the next save. */
export function sectionOf(state: SavedState, section: string): SlugData {
	const value = state[section];
	return isObject(value) ? value : {};
}

/**
The state on disk, read without conf (which costs a schema compiler at start-up). A file that is not valid read
state is moved aside as config.json.corrupt-<time>, never deleted, and reading starts fresh. A file that cannot be
read at all is a warning; `quiet` leaves that to the next save, and `strict` throws (a save must not overwrite what
it could not read).
*/
export function readSavedState(directory: string, warn: Warn, unreadable: 'warn' | 'quiet' | 'strict' = 'warn'): SavedState {
	const strict = unreadable === 'strict';
	const file = configFile(directory);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || (code === 'ENOTDIR' && !strict)) {
			return {};
		}

		if (strict) {
			throw error;
		}

		if (unreadable === 'warn') {
			warn(`cannot read ${file} (${code ?? 'error'}); every post shows as unread`);
		}

		return {};
	}

	try {
		const state = toSavedState(parseStateText(text));
		if (state) {
			return state;
		}
	} catch {
		// Not JSON at all: moved aside below, like a file of the wrong shape.
	}

	const backup = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
	try {
		renameSync(file, backup);
		warn(`${file} was not valid read state; moved it to ${backup} and started fresh`);
	} catch (error) {
		if (strict) {
			throw error;
		}

		warn(`${file} is not valid read state and cannot be moved aside (${(error as NodeJS.ErrnoException).code ?? 'error'}); every post shows as unread`);
	}

	return {};
}

/** The read marks alone. */
export function readMarks(directory: string, warn: Warn): ReadMarks {
	return sectionOf(readSavedState(directory, warn), 'read') as ReadMarks;
}
