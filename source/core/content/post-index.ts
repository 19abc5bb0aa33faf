import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomically} from '../files.js';
import {isIndexedHead, nameOf, parseDetails, scheduleOf, type IndexDetails, type IndexHead} from './index-entry.js';

export type {IndexDetails, IndexHead} from './index-entry.js';

/** A file's size and modification time: while both are unchanged, so is what it parsed to. */
export type FileStamp = {readonly size: number; readonly mtimeMs: number};

export type IndexEntry = FileStamp & {readonly head: IndexHead};

/** What a posts folder parsed to, as of the last save. A cache: every field read from disk is checked first. */
export type PostIndex = {
	/** The folder's file names as saved, while the folder itself is unchanged (same inode and modification time). */
	readonly names: (folder: string) => readonly string[] | undefined;
	/** The entry for a file; with a stamp, only if the file still has it. */
	readonly lookup: (name: string, stamp?: FileStamp) => IndexEntry | undefined;
	/** The rest of an entry, checked on first use; undefined when the stored text is not valid details. */
	readonly details: (name: string) => IndexDetails | undefined;
	readonly remember: (name: string, stamp: FileStamp, head: IndexHead, details?: IndexDetails) => void;
	/** Write the index back if anything changed; a failure only costs speed next time. */
	readonly save: (names: readonly string[], folder: string | undefined) => void;
};

// 3: a post's schedule (show_from, show_until, pinned) joined its list fields.
const magic = 'clinic-read index 3';
/** A folder changed within this long before a save may change again in the same clock tick (FAT: 2 s). */
const settleMs = 2000;

/** An entry; its details are the `position`th line after the heads, or `text` when parsed in this run. */
type Stored = IndexEntry & {readonly position: number; readonly text?: string};

/** The file parsed into entries; details stay text until asked for. Anything malformed is left out, not trusted. */
function readIndex(file: string): {folder?: string; savedAt: number; names: string[]; entries: Map<string, Stored>; detailsLine: (position: number) => string} {
	const entries = new Map<string, Stored>();
	const none = {savedAt: 0, names: [], entries, detailsLine: () => ''};
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return none;
	}

	try {
		const lines = text.split('\n', 3);
		const header = JSON.parse(lines[1] ?? '') as {folder?: unknown; savedAt?: unknown};
		const heads = JSON.parse(lines[2] ?? '') as unknown;
		if (lines[0] !== magic || !Array.isArray(heads) || typeof header.savedAt !== 'number') {
			return none;
		}

		// Details are one line each after the heads, found when first needed.
		const detailsStart = lines[0].length + lines[1]!.length + lines[2]!.length + 3;
		let offsets: number[] | undefined;
		const detailsLine = (position: number) => {
			if (!offsets) {
				offsets = [detailsStart];
				for (let at = text.indexOf('\n', detailsStart); at !== -1 && offsets.length <= heads.length; at = text.indexOf('\n', at + 1)) {
					offsets.push(at + 1);
				}
			}

			return position + 1 < offsets.length ? text.slice(offsets[position], offsets[position + 1]! - 1) : '';
		};

		const names: string[] = [];
		const seen = new Set<string>();
		let vouches = typeof header.folder === 'string';
		for (const [position, head] of heads.entries()) {
			const name = nameOf(head);
			const entry = name === undefined || entries.has(name) ? undefined : isIndexedHead(head);
			// A name that is not a file name spoils the list of names, not just its entry: the folder is read again.
			vouches &&= name !== undefined && !seen.has(name);
			if (name !== undefined) {
				names.push(name);
				seen.add(name);
			}

			if (entry) {
				entries.set(entry.name, {size: entry.size, mtimeMs: entry.mtimeMs, head: entry.head, position});
			}
		}

		return {...(vouches ? {folder: header.folder as string} : {}), savedAt: header.savedAt, names, entries, detailsLine};
	} catch {
		return {...none, entries: new Map()};
	}
}

const sameStamp = (stored: FileStamp, stamp: FileStamp) => stored.size === stamp.size && stored.mtimeMs === stamp.mtimeMs;

/** A folder's identity and modification time, which changes when a file in it is added, removed or renamed. */
export function folderStamp(stats: {readonly dev: number; readonly ino: number; readonly mtimeMs: number}): string {
	return `${stats.dev}:${stats.ino}:${stats.mtimeMs}`;
}

/**
A cache of parsed front matter, one per content folder, so that listing a large catalogue reads one file instead of
thousands. It lives in the user's cache folder and is untrusted input like any file: every entry is checked when read.
*/
export function openPostIndex(file: string, now: () => number = Date.now): PostIndex {
	const saved = readIndex(file);
	const {entries} = saved;
	const parsed = new Map<string, IndexDetails | undefined>();
	let changed = false;
	const textOf = (entry: Stored) => entry.text ?? saved.detailsLine(entry.position);
	const settled = (folder: string | undefined) => folder !== undefined && saved.savedAt - Number(folder.split(':')[2]) > settleMs;
	return {
		names(folder) {
			return saved.folder === folder && settled(folder) ? saved.names : undefined;
		},
		lookup(name, stamp) {
			const entry = entries.get(name);
			return entry && (!stamp || sameStamp(entry, stamp)) ? entry : undefined;
		},
		details(name) {
			const entry = entries.get(name);
			if (!entry) {
				return undefined;
			}

			if (!parsed.has(name)) {
				parsed.set(name, parseDetails(textOf(entry)));
			}

			return parsed.get(name);
		},
		remember(name, stamp, head, details) {
			changed = true;
			// A file written within the last tick may change again unseen with the same stamp: parse it again next time.
			const settled = now() - stamp.mtimeMs > settleMs;
			parsed.delete(name);
			entries.set(name, {size: stamp.size, mtimeMs: settled ? stamp.mtimeMs : -1, head, position: -1, text: JSON.stringify(details ?? null)});
		},
		save(names, folder) {
			// The usual warm run: the saved names, nothing parsed, nothing to write.
			if (!changed && names === saved.names && folder === saved.folder && settled(folder)) {
				return;
			}

			const kept = new Set(names);
			for (const name of entries.keys()) {
				if (!kept.has(name)) {
					entries.delete(name);
					changed = true;
				}
			}

			// Also when only the folder changed, or its last save was too soon after a change to vouch for it.
			if (!changed && folder === saved.folder && settled(folder)) {
				return;
			}

			const list = names.flatMap(name => {
				const entry = entries.get(name);
				return entry ? [[name, entry] as const] : [];
			});
			const heads = list.map(([name, {size, mtimeMs, head}]) => ('problem' in head ? [name, size, mtimeMs, null, head.problem] : [name, size, mtimeMs, head.date, head.title, ...(Object.keys(scheduleOf(head)).length > 0 ? [scheduleOf(head)] : [])]));
			const complete = list.length === names.length && folder !== undefined;
			const header = {...(complete ? {folder} : {}), savedAt: now()};
			const text = [magic, JSON.stringify(header), JSON.stringify(heads), ...list.map(([, entry]) => textOf(entry)), ''].join('\n');
			try {
				mkdirSync(path.dirname(file), {recursive: true});
				writeFileAtomically(file, text);
			} catch {
				// A read-only cache folder: the next run parses again, which is only slower.
			}
		},
	};
}
