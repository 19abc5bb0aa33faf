import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {type ContentStamp, markdownFileNames, maxContentBytes, readContentText} from './content-file.js';
import {type DetailsLoader, lazyPost} from './indexed-post.js';
import {scheduleOf} from './index-entry.js';
import {countWords, parsePostFields, type ParseResult, type Post} from './post.js';
import {slugPattern} from './schema.js';
import {folderStamp, type IndexDetails, type PostIndex} from './post-index.js';
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

// The same order as String#localeCompare (the default locale and options), without looking a collator up per call.
let titleOrder: Intl.Collator | undefined;

export function comparePosts(a: Post, b: Post): number {
	if (a.date !== b.date) {
		return a.date < b.date ? 1 : -1;
	}

	titleOrder ??= new Intl.Collator();
	return titleOrder.compare(a.title, b.title);
}

/**
Read and parse one post file as the catalogue keeps it: list fields and details (the words counted now), the text
read again when shown (not held). Anything wrong is a problem, never an exception. The stamp is the file's as read.
*/
function readPostStamped(slug: string, file: string): {result: ParseResult; details?: IndexDetails; stamp?: ContentStamp} {
	const read = readContentText(file);
	const stamp = read.stamp ? {stamp: read.stamp} : {};
	if ('problem' in read) {
		return {result: {problem: read.code ? read.problem : `${read.problem}; not shown`}, ...stamp};
	}

	const parsed = parsePostFields(read.text);
	if ('problem' in parsed) {
		return {result: parsed, ...stamp};
	}

	// Always the same keys, absent ones undefined (JSON leaves them out): objects built by spreading optional keys each
	// got a hidden class of their own, 50,000 of them on a cold start.
	const {author, summary, tags, image, url} = parsed.fields;
	const details = {author, summary, tags, image, url, words: countWords(parsed.body)};
	return {result: {post: lazyPost(slug, file, parsed.fields, details)}, details, ...stamp};
}

export function readPost(slug: string, file: string): ParseResult {
	return readPostStamped(slug, file).result;
}

const noDetails: IndexDetails = {tags: [], words: 0};

/** A catalogue's index, the folder's real path (to stat through) and how its posts load their details. */
type Indexed = {readonly index: PostIndex; readonly statPrefix: string; readonly loadDetails: DetailsLoader};

/**
A post's parse result from the index while its file has the size and time stored with it, else from the file. Every
known file is statted: an edit in place changes the file's time but not its folder's, and must show at once.
*/
function readPostIndexed(slug: string, file: string, name: string, {index, statPrefix, loadDetails}: Indexed): ParseResult {
	// A name the index has never seen needs no stat: reading the file takes its stamp from the open descriptor.
	const stats = index.has(name) ? statSync(statPrefix + name, {throwIfNoEntry: false}) : undefined;
	const head = stats ? index.lookup(name, stats.size, stats.mtimeMs) : undefined;
	if (head) {
		if ('problem' in head) {
			return {problem: head.problem};
		}

		return {post: lazyPost(slug, file, head, loadDetails)};
	}

	const {result, details, stamp} = readPostStamped(slug, file);
	if (stamp) {
		index.remember(name, stamp, 'problem' in result ? result : {title: result.post.title, date: result.post.date, ...scheduleOf(result.post)}, details);
	}

	return result;
}

/** The details of an indexed post; those that fail their checks come from the file itself, never from the index. */
function detailsLoader(index: PostIndex, prefix: string): DetailsLoader {
	return (slug, file) => {
		const stored = index.details(file.slice(prefix.length));
		if (stored) {
			return stored;
		}

		const reread = readPost(slug, file);
		return 'post' in reread ? reread.post : noDetails;
	};
}

/**
The names of the posts folder: while the folder is unchanged (no file added, removed or renamed since the index was
saved), the saved ones, which spares reading a folder of 50,000 names; else read from disk.
*/
function folderNames(directory: string, index: PostIndex | undefined): {names: readonly string[]; folder?: string} {
	let folder: string | undefined;
	try {
		folder = folderStamp(statSync(directory));
	} catch {
		// readdir below says why.
	}

	const saved = folder && index ? index.names(folder) : undefined;
	if (saved) {
		return {names: saved, folder};
	}

	const names = markdownFileNames(directory);
	return {names, ...(folder === undefined ? {} : {folder})};
}

function realPath(directory: string): string {
	try {
		return realpathSync(directory);
	} catch {
		return directory;
	}
}

/**
Load and validate every post in a content folder. Bad posts become warnings, never exceptions.
With an index, unchanged files are not read at all until their text is needed.
*/
export function loadCatalog(contentDirectory: string, index?: PostIndex): Catalog {
	const directory = postsDirectory(contentDirectory);
	const warnings: string[] = [];
	let listing;
	try {
		listing = folderNames(directory, index);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		warnings.push(`${sanitizeLine(directory)}: ${code === 'ENOENT' ? 'no such folder' : `cannot read (${code ?? 'error'})`}`);
		return {posts: [], warnings};
	}

	const {names, folder} = listing;
	const bySlug = new Map<string, Post>();
	const prefix = directory + path.sep;
	// Stats go through the folder's real path: a symbolic link on the way is then resolved once, not once per post.
	const indexed = index && {index, statPrefix: realPath(directory) + path.sep, loadDetails: detailsLoader(index, prefix)};
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

		const result = indexed ? readPostIndexed(slug, file, name, indexed) : readPost(slug, file);
		if ('problem' in result) {
			warnings.push(capMessage(`${sanitizeLine(file)}: ${result.problem}`));
		} else {
			bySlug.set(slug, result.post);
		}
	}

	index?.save(names, folder);
	return {posts: [...bySlug.values()].sort(comparePosts), warnings};
}
