import {statSync} from 'node:fs';
import path from 'node:path';
import {markdownFileNames, sameNames} from '../content/content-file.js';

/**
What the kiosk last saw of one folder of Markdown files: the folder's identity and time, its names, and each file's
inode, size and time. Checking it again says whether anything changed, at the cost of one stat per file checked.
*/
export type FolderStamps = {
	/**
	Whether the folder, its names or a checked file changed since the last check (the first check: true). `share` is
	the fraction of the files to stat (1: every one; less: the next files in turn, so that all are seen within 1/share
	checks, and never fewer than `wholeUpTo`). The folder itself is always statted: a file added, removed or renamed changes its time. After a change,
	every file has been statted, so the stamps are a complete picture to compare the next check with.
	*/
	readonly check: (share: number) => boolean;
	/** The Markdown file names, sorted, as of the last check; none when the folder could not be read. */
	readonly names: () => readonly string[];
	/** Whether the folder could be read at the last check. */
	readonly present: () => boolean;
	/** Names whose file the last check found changed, among the names it had before (none if it found no change). */
	readonly changedNames: () => ReadonlySet<string>;
};

/** A folder changed within this long before its names were read may change again in the same clock tick (FAT: 2 s). */
const settleMs = 2000;

/** A folder of up to this many files is statted whole at every check, whatever the share (a few milliseconds). */
export const statWholeUpTo = 1000;

/** No file: compares unequal to every stat. */
const gone = -1;

function markdownNames(directory: string): string[] | undefined {
	try {
		return markdownFileNames(directory);
	} catch {
		return undefined;
	}
}

export function folderStamps(directory: string, now: () => number = Date.now, wholeUpTo = statWholeUpTo): FolderStamps {
	const prefix = directory + path.sep;
	let folder: {dev: number; ino: number; mtimeMs: number} | undefined;
	let listedAt = 0;
	let names: readonly string[] = [];
	let present = false;
	let checked = false;
	// One slot per name, in the names' order; numbers, not strings, so a check that finds nothing allocates nothing.
	let inos = new Float64Array(0);
	let sizes = new Float64Array(0);
	let mtimes = new Float64Array(0);
	let cursor = 0;
	let changed = new Set<string>();

	/** Stat one file into its slot; true when its stamp differs from the one stored there. */
	const restamp = (position: number): boolean => {
		const stats = statSync(prefix + names[position], {throwIfNoEntry: false});
		const ino = stats?.ino ?? gone;
		const size = stats?.size ?? gone;
		const mtimeMs = stats?.mtimeMs ?? gone;
		if (inos[position] === ino && sizes[position] === size && mtimes[position] === mtimeMs) {
			return false;
		}

		inos[position] = ino;
		sizes[position] = size;
		mtimes[position] = mtimeMs;
		return true;
	};

	const restampAll = (differ = new Set<string>()): Set<string> => {
		for (let position = 0; position < names.length; position++) {
			if (restamp(position)) {
				differ.add(names[position]!);
			}
		}

		return differ;
	};

	/**
	The next share of the files in turn, and never fewer than `wholeUpTo` (a small folder is checked whole); at the
	first one changed, every other one too (a complete picture).
	*/
	const restampShare = (share: number): Set<string> => {
		const count = Math.min(names.length, Math.max(wholeUpTo, Math.ceil(names.length * share)));
		for (let step = 0; step < count; step++) {
			cursor = cursor >= names.length ? 0 : cursor;
			const position = cursor++;
			if (restamp(position)) {
				return restampAll(new Set([names[position]!]));
			}
		}

		return new Set();
	};

	/** The folder's names read again: each file keeps its stamp if it had one, and all are statted. */
	const relist = (listed: readonly string[], stats: {dev: number; ino: number; mtimeMs: number}): boolean => {
		const before = names;
		const previous = new Map(before.map((name, position) => [name, position]));
		const [oldInos, oldSizes, oldMtimes] = [inos, sizes, mtimes];
		folder = {dev: stats.dev, ino: stats.ino, mtimeMs: stats.mtimeMs};
		listedAt = now();
		names = listed;
		inos = new Float64Array(names.length).fill(gone);
		sizes = new Float64Array(names.length).fill(gone);
		mtimes = new Float64Array(names.length).fill(gone);
		cursor = 0;
		for (const [position, name] of names.entries()) {
			const old = previous.get(name);
			if (old !== undefined) {
				inos[position] = oldInos[old]!;
				sizes[position] = oldSizes[old]!;
				mtimes[position] = oldMtimes[old]!;
			}
		}

		changed = new Set([...restampAll()].filter(name => previous.has(name)));
		return !sameNames(before, names) || changed.size > 0;
	};

	return {
		check(share) {
			const first = !checked;
			checked = true;
			const stats = statSync(directory, {throwIfNoEntry: false});
			const sameFolder = stats !== undefined && folder !== undefined && folder.dev === stats.dev && folder.ino === stats.ino && folder.mtimeMs === stats.mtimeMs;
			// Unchanged since its names were read, and not within that clock tick: the names hold; stat the files.
			if (sameFolder && listedAt - stats.mtimeMs > settleMs) {
				changed = share >= 1 ? restampAll() : restampShare(share);
				return changed.size > 0;
			}

			const listed = stats?.isDirectory() ? markdownNames(directory) : undefined;
			if (stats === undefined || listed === undefined) {
				const wasPresent = present;
				folder = undefined;
				present = false;
				names = [];
				changed = new Set();
				return first || wasPresent;
			}

			const wasPresent = present;
			present = true;
			return relist(listed, stats) || first || !wasPresent;
		},
		names: () => names,
		present: () => present,
		changedNames: () => changed,
	};
}
