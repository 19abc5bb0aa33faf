import {readFileSync} from 'node:fs';
import {writeFileAtomically} from '../files.js';
import type {ParseResult, PostMetadata} from './post.js';

// The file's path is not stored: the caller knows it, and it would double the index's size.
type StoredMetadata = Omit<PostMetadata, 'file'>;
type Entry = {readonly size: number; readonly mtimeMs: number} & ({readonly metadata: StoredMetadata} | {readonly problem: string});
type IndexFile = {readonly version: number; readonly entries: Record<string, Entry>};

const version = 1;

/** What a file parsed to, as long as its size and modification time are unchanged. */
export type PostIndex = {
	readonly lookup: (name: string, size: number, mtimeMs: number) => Entry | undefined;
	readonly remember: (name: string, size: number, mtimeMs: number, result: ParseResult) => void;
	/** Write the index back if anything changed; a failure only costs speed next time. */
	readonly save: (names: readonly string[]) => void;
};

function readIndex(file: string): Record<string, Entry> {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as IndexFile;
		return data.version === version && typeof data.entries === 'object' && data.entries !== null ? data.entries : {};
	} catch {
		return {};
	}
}

/**
A cache of parsed front matter, so listing a large catalogue stats each file instead of reading and parsing it.
*/
export function openPostIndex(file: string): PostIndex {
	const entries = readIndex(file);
	let changed = false;
	return {
		lookup(name, size, mtimeMs) {
			const entry = Object.hasOwn(entries, name) ? entries[name] : undefined;
			return entry && entry.size === size && entry.mtimeMs === mtimeMs && isWellFormed(entry) ? entry : undefined;
		},
		remember(name, size, mtimeMs, result) {
			changed = true;
			entries[name] = 'problem' in result
				? {size, mtimeMs, problem: result.problem}
				: {size, mtimeMs, metadata: {...metadataOf(result.post), words: result.post.words}};
		},
		save(names) {
			const kept = new Set(names);
			for (const name of Object.keys(entries)) {
				if (!kept.has(name)) {
					delete entries[name];
					changed = true;
				}
			}

			if (!changed) {
				return;
			}

			try {
				writeFileAtomically(file, JSON.stringify({version, entries}));
			} catch {
				// A read-only config folder: the next run parses again, which is only slower.
			}
		},
	};
}

const isText = (value: unknown) => typeof value === 'string';

/** An entry edited by hand or by another version is parsed again rather than trusted. */
function isWellFormed(entry: Entry): boolean {
	if ('problem' in entry) {
		return isText(entry.problem);
	}

	const {slug, title, date, tags, words} = entry.metadata ?? {};
	return isText(slug) && isText(title) && isText(date) && Array.isArray(tags) && tags.every(tag => isText(tag)) && typeof words === 'number';
}

function metadataOf({slug, title, date, tags, author, summary, image, url}: PostMetadata): StoredMetadata {
	return {slug, title, date, tags, ...(author === undefined ? {} : {author}), ...(summary === undefined ? {} : {summary}), ...(image === undefined ? {} : {image}), ...(url === undefined ? {} : {url})};
}
