import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {randomName, writeFileAtomically} from '../files.js';
import {sameNames} from './content-file.js';
import {type DetailsLine, type HeadColumns, indexFileText, type IndexRead, readIndexFile} from './index-file.js';
import {indexedHead, nameOf, parseDetails, scheduleOf, type IndexDetails, type IndexHead} from './index-entry.js';

export type {IndexDetails, IndexHead} from './index-entry.js';

/** A file's size and modification time: while both are unchanged, so is what it parsed to. */
export type FileStamp = {readonly size: number; readonly mtimeMs: number};

/** What a posts folder parsed to, as of the last save. A cache: every field read from disk is checked first. */
export type PostIndex = {
	/** The folder's file names as saved, while the folder itself is unchanged (same inode and modification time). */
	readonly names: (folder: string) => readonly string[] | undefined;
	/** Whether the index has anything for this name: if not, there is no point in statting the file first. */
	readonly has: (name: string) => boolean;
	/** What a file parsed to, only if the file still has this size and time and the entry is well formed. */
	readonly lookup: (name: string, size: number, mtimeMs: number) => IndexHead | undefined;
	/** The rest of an entry, checked on first use; undefined when the stored text is not valid details. */
	readonly details: (name: string) => IndexDetails | undefined;
	readonly remember: (name: string, stamp: FileStamp, head: IndexHead, details?: IndexDetails) => void;
	/** Write the index back if anything changed; a failure only costs speed next time. */
	readonly save: (names: readonly string[], folder: string | undefined) => void;
};

/** A folder changed within this long before a save may change again in the same clock tick (FAT: 2 s). */
const settleMs = 2000;

/** A post parsed in this run, with its details; their JSON text is made when first needed (most often at the save). */
type Fresh = FileStamp & {readonly head: IndexHead; readonly details: IndexDetails | undefined; detailsText?: string};

const detailsTextOf = (entry: Fresh): string => {
	entry.detailsText ??= JSON.stringify(entry.details ?? null);
	return entry.detailsText;
};

const noColumns: HeadColumns = {names: [], sizes: [], mtimes: [], dates: [], titles: [], schedules: {}};

/** Saved names vouch for the folder only if each is a file name and they are in readdir's sorted order, no repeats. */
function vouchedNames(names: readonly unknown[]): names is readonly string[] {
	for (const [position, name] of names.entries()) {
		if (nameOf(name) === undefined || (position > 0 && !((names[position - 1] as string) < (name as string)))) {
			return false;
		}
	}

	return true;
}

/** A folder's identity and modification time, which changes when a file in it is added, removed or renamed. */
export function folderStamp(stats: {readonly dev: number; readonly ino: number; readonly mtimeMs: number}): string {
	return `${stats.dev}:${stats.ino}:${stats.mtimeMs}`;
}

/**
A cache of parsed front matter, one per content folder, so that listing a large catalogue reads one file instead of
thousands. It lives in the user's cache folder and is untrusted input like any file: every entry is checked when used.
It never vouches for a file's content by itself: the catalogue stats every file and uses an entry only while the
file's size and time are the ones stored (an edit in place changes the file's time, not the folder's).
*/
export function openPostIndex(file: string, now: () => number = Date.now): PostIndex {
	const saved: IndexRead | undefined = readIndexFile(file);
	const columns = saved?.columns ?? noColumns;
	const savedAt = saved?.header.savedAt ?? 0;
	const savedFolder = typeof saved?.header.folder === 'string' ? saved.header.folder : undefined;
	const fresh = new Map<string, Fresh>();
	const parsed = new Map<string, IndexDetails | undefined>();
	let positions: Map<unknown, number> | undefined;
	let detailsLine: DetailsLine | undefined;
	let changed = false;
	// Names are asked for in the order they were saved (sorted, as the folder is listed), each twice (has, lookup):
	// try the last one and the next one before the map of every name. A few names asked for out of order (the
	// details of the posts on a first screen) are searched for: that is cheaper than a map of 50,000 names.
	let next = 0;
	let searches = 0;
	const positionOf = (name: string) => {
		if (next > 0 && columns.names[next - 1] === name) {
			return next - 1;
		}

		if (columns.names[next] === name) {
			return next++;
		}

		let position: number | undefined;
		if (positions === undefined && searches++ < 64) {
			const found = columns.names.indexOf(name);
			position = found === -1 ? undefined : found;
		} else {
			positions ??= new Map(columns.names.map((stored, position) => [stored, position]));
			position = positions.get(name);
		}

		if (position !== undefined) {
			next = position + 1;
		}

		return position;
	};

	const savedDetails = (position: number) => {
		detailsLine ??= saved?.detailsLines() ?? (() => '');
		return detailsLine(position);
	};

	const settled = (folder: string | undefined) => folder !== undefined && savedAt - Number(folder.split(':')[2]) > settleMs;
	let namesChecked: boolean | undefined;
	return {
		names(folder) {
			if (savedFolder !== folder || !settled(folder)) {
				return undefined;
			}

			namesChecked ??= vouchedNames(columns.names);
			return namesChecked ? columns.names as readonly string[] : undefined;
		},
		has(name) {
			return fresh.has(name) || positionOf(name) !== undefined;
		},
		lookup(name, size, mtimeMs) {
			const entry = fresh.get(name);
			if (entry) {
				return entry.size === size && entry.mtimeMs === mtimeMs ? entry.head : undefined;
			}

			const position = positionOf(name);
			// Compare before checking the entry: a changed file needs no check of what it used to be.
			if (position === undefined || columns.sizes[position] !== size || columns.mtimes[position] !== mtimeMs) {
				return undefined;
			}

			return indexedHead(columns, position);
		},
		details(name) {
			if (!parsed.has(name)) {
				const entry = fresh.get(name);
				const position = entry ? undefined : positionOf(name);
				parsed.set(name, entry ? parseDetails(detailsTextOf(entry)) : (position === undefined ? undefined : parseDetails(savedDetails(position))));
			}

			return parsed.get(name);
		},
		remember(name, stamp, head, details) {
			changed = true;
			// A file written within the last tick may change again unseen with the same stamp: parse it again next time.
			const stampSettled = now() - stamp.mtimeMs > settleMs;
			parsed.delete(name);
			fresh.set(name, {size: stamp.size, mtimeMs: stampSettled ? stamp.mtimeMs : -1, head, details});
		},
		save(names, folder) {
			// The usual warm run: the saved names, nothing parsed, nothing to write.
			if (!changed && sameNames(names, columns.names) && folder === savedFolder && settled(folder)) {
				return;
			}

			const kept: HeadColumns & {names: string[]; sizes: number[]; mtimes: number[]; dates: Array<string | null>; titles: string[]; schedules: Record<string, unknown>} = {names: [], sizes: [], mtimes: [], dates: [], titles: [], schedules: {}};
			const details: string[] = [];
			for (const name of names) {
				const entry = fresh.get(name);
				const position = entry ? undefined : positionOf(name);
				const head = entry?.head ?? (position === undefined ? undefined : indexedHead(columns, position));
				if (head === undefined) {
					continue;
				}

				const problem = 'problem' in head;
				if (!problem && Object.keys(scheduleOf(head)).length > 0) {
					kept.schedules[kept.names.length] = scheduleOf(head);
				}

				kept.names.push(name);
				// A stored head is well formed only with its stamps.
				kept.sizes.push(entry ? entry.size : columns.sizes[position!] as number);
				kept.mtimes.push(entry ? entry.mtimeMs : columns.mtimes[position!] as number);
				kept.dates.push(problem ? null : head.date);
				kept.titles.push(problem ? head.problem : head.title);
				details.push(entry ? detailsTextOf(entry) : savedDetails(position!));
			}

			const complete = kept.names.length === names.length && folder !== undefined;
			const header = {...(complete ? {folder} : {}), savedAt: now(), id: randomName()};
			try {
				mkdirSync(path.dirname(file), {recursive: true});
				writeFileAtomically(file, indexFileText(header, kept, details));
			} catch {
				// A read-only cache folder: the next run parses again, which is only slower.
			}
		},
	};
}
