import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {maxContentBytes, readContentText} from './content-file.js';
import {detailsOf, lazyPost} from './indexed-post.js';
import {scheduleOf} from './index-entry.js';
import {parsePost, type ParseResult, type Post} from './post.js';
import {slugPattern} from './schema.js';
import {type FileStamp, folderStamp, type IndexDetails, type PostIndex} from './post-index.js';
import {capMessage, sanitizeLine} from '../text/sanitize.js';

export type Catalog = {
	/** Newest first; ties by title. */
	readonly posts: readonly Post[];
	/** One line each, "file: problem"; the post is skipped. */
	readonly warnings: readonly string[];
};

/** Far beyond any article; a bigger file is a mistake (a log, a dump) and would only slow the list down. */
export const maxPostBytes = maxContentBytes;

export function postsDirectory(contentDirectory: string): string {
	return path.join(contentDirectory, 'posts');
}

export function comparePosts(a: Post, b: Post): number {
	return a.date === b.date ? a.title.localeCompare(b.title) : (a.date < b.date ? 1 : -1);
}

/** Read and parse one post file; anything wrong is a problem, never an exception. */
function parseFile(slug: string, file: string): ParseResult {
	const read = readContentText(file);
	if ('problem' in read) {
		return {problem: read.code ? read.problem : `${read.problem}; not shown`};
	}

	return parsePost(slug, file, read.text);
}

/** A post as the catalogue keeps it: list fields and details now, the text read again when shown (not held). */
export function readPost(slug: string, file: string): ParseResult {
	const result = parseFile(slug, file);
	if ('problem' in result) {
		return result;
	}

	const details = detailsOf(result.post);
	return {post: lazyPost(slug, file, result.post, () => details)};
}

const noDetails: IndexDetails = {tags: [], words: 0};

/** A post's parse result from the index while its file is unchanged (or, when the folder is trusted, unstatted). */
function readPostIndexed(slug: string, file: string, name: string, index: PostIndex, trusted: boolean): ParseResult {
	let stamp: FileStamp | undefined;
	const statFile = () => {
		try {
			const stats = statSync(file);
			return {size: stats.size, mtimeMs: stats.mtimeMs};
		} catch {
			return undefined;
		}
	};

	if (!trusted) {
		stamp = statFile();
	}

	const entry = trusted || stamp ? index.lookup(name, stamp) : undefined;
	if (entry) {
		const {head} = entry;
		if ('problem' in head) {
			return {problem: head.problem};
		}

		// Details that fail their checks come from the file itself, never from the index.
		return {post: lazyPost(slug, file, head, () => {
			const stored = index.details(name);
			if (stored) {
				return stored;
			}

			const reread = readPost(slug, file);
			return 'post' in reread ? reread.post : noDetails;
		})};
	}

	// Stat before reading: a file changed in between is then parsed again next time, never trusted stale.
	stamp ??= statFile();
	const result = readPost(slug, file);
	if (stamp) {
		index.remember(name, stamp, 'problem' in result ? result : {title: result.post.title, date: result.post.date, ...scheduleOf(result.post)}, 'post' in result ? detailsOf(result.post) : undefined);
	}

	return result;
}

export type CatalogOptions = {
	/**
	`files` checks every file's size and time against the index; `auto` does so up to `perFileLimit` posts and beyond
	trusts the posts folder's own time (which any added, removed or renamed file changes) to spare a stat per post.
	*/
	readonly verify?: 'files' | 'auto';
	/** How many posts make a folder big enough to trust by its time (tests lower it). */
	readonly trustAbove?: number;
};

/** Up to this many posts, stat calls cost under ~10 ms, and an edit made in place is seen by every command. */
export const perFileLimit = 2000;

/** The names of the posts folder, from the index while the folder is unchanged and large; else read from disk. */
function folderNames(directory: string, index: PostIndex | undefined, {verify, trustAbove = perFileLimit}: CatalogOptions): {names: readonly string[]; folder?: string; trusted: boolean} {
	let folder: string | undefined;
	try {
		folder = folderStamp(statSync(directory));
	} catch {
		// readdir below says why.
	}

	const saved = folder && index && verify !== 'files' ? index.names(folder) : undefined;
	if (saved && saved.length > trustAbove) {
		return {names: saved, folder, trusted: true};
	}

	const names = readdirSync(directory).filter(name => name.endsWith('.md')).sort();
	return {names, trusted: false, ...(folder === undefined ? {} : {folder})};
}

/**
Load and validate every post in a content folder. Bad posts become warnings, never exceptions.
With an index, unchanged files are not read at all until their text is needed.
*/
export function loadCatalog(contentDirectory: string, index?: PostIndex, options: CatalogOptions = {}): Catalog {
	const directory = postsDirectory(contentDirectory);
	const warnings: string[] = [];
	let listing;
	try {
		listing = folderNames(directory, index, options);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		warnings.push(`${sanitizeLine(directory)}: ${code === 'ENOENT' ? 'no such folder' : `cannot read (${code ?? 'error'})`}`);
		return {posts: [], warnings};
	}

	const {names, folder, trusted} = listing;
	const bySlug = new Map<string, Post>();
	const prefix = directory + path.sep;
	for (const name of names) {
		// Names are single path segments (from readdir, or checked so in the index): no path.join per post.
		const file = prefix + name;
		const slug = name.slice(0, -'.md'.length).toLowerCase();
		if (!slugPattern.test(slug)) {
			warnings.push(`${sanitizeLine(file)}: file name is not a slug (use lower-case letters, digits, "-", "_" or ".")`);
			continue;
		}

		if (bySlug.has(slug)) {
			warnings.push(`${sanitizeLine(file)}: slug "${slug}" is already used by ${sanitizeLine(bySlug.get(slug)!.file)}`);
			continue;
		}

		const result = index ? readPostIndexed(slug, file, name, index, trusted) : readPost(slug, file);
		if ('problem' in result) {
			warnings.push(capMessage(`${sanitizeLine(file)}: ${result.problem}`));
		} else {
			bySlug.set(slug, result.post);
		}
	}

	index?.save(names, folder);
	return {posts: [...bySlug.values()].sort(comparePosts), warnings};
}
