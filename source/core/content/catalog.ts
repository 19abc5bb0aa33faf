import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {splitFrontMatter} from './front-matter.js';
import {parsePost, type ParseResult, type Post, withBody} from './post.js';
import {slugPattern} from './schema.js';
import type {PostIndex} from './post-index.js';
import {sanitizeLine} from '../text/sanitize.js';

export type Catalog = {
	/** Newest first; ties by title. */
	readonly posts: readonly Post[];
	/** One line each, "file: problem"; the post is skipped. */
	readonly warnings: readonly string[];
};

/** Far beyond any article; a bigger file is a mistake (a log, a dump) and would only slow the list down. */
export const maxPostBytes = 5 * 1024 * 1024;

/** Why these bytes are not a post, if they are not: too big, or binary (a NUL byte never occurs in text). */
function checkBytes(bytes: Buffer): string | undefined {
	if (bytes.length > maxPostBytes) {
		return `larger than ${maxPostBytes / 1024 / 1024} MB; not shown`;
	}

	return bytes.includes(0) ? 'a binary file, not Markdown text; not shown' : undefined;
}

export function postsDirectory(contentDirectory: string): string {
	return path.join(contentDirectory, 'posts');
}

export function comparePosts(a: Post, b: Post): number {
	return a.date === b.date ? a.title.localeCompare(b.title) : (a.date < b.date ? 1 : -1);
}

/** Read and parse one post file; anything wrong is a problem, never an exception. */
export function readPost(slug: string, file: string): ParseResult {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		return {problem: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`};
	}

	const unreadable = checkBytes(bytes);
	return unreadable ? {problem: unreadable} : parsePost(slug, file, bytes.toString('utf8'));
}

/** The body of an indexed post, read when first needed. */
function readBody(file: string): string {
	try {
		const text = readFileSync(file, 'utf8');
		return splitFrontMatter(text)?.body ?? '';
	} catch {
		return '';
	}
}

/** A post's parse result, from the index while the file's size and time are unchanged. */
function readPostIndexed(slug: string, file: string, name: string, index: PostIndex): ParseResult {
	let stats;
	try {
		stats = statSync(file);
	} catch {
		return readPost(slug, file);
	}

	const entry = index.lookup(name, stats.size, stats.mtimeMs);
	if (entry) {
		return 'problem' in entry ? {problem: entry.problem} : {post: withBody({...entry.metadata, file}, () => readBody(file))};
	}

	const result = readPost(slug, file);
	index.remember(name, stats.size, stats.mtimeMs, result);
	return result;
}

/**
Load and validate every post in a content folder. Bad posts become warnings, never exceptions.
With an index, unchanged files are not read at all until their text is needed.
*/
export function loadCatalog(contentDirectory: string, index?: PostIndex): Catalog {
	const directory = postsDirectory(contentDirectory);
	const warnings: string[] = [];
	let names: string[];
	try {
		names = readdirSync(directory).filter(name => name.endsWith('.md')).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		warnings.push(`${sanitizeLine(directory)}: ${code === 'ENOENT' ? 'no such folder' : `cannot read (${code ?? 'error'})`}`);
		return {posts: [], warnings};
	}

	const bySlug = new Map<string, Post>();
	for (const name of names) {
		const file = path.join(directory, name);
		const shownFile = sanitizeLine(file);
		const slug = name.slice(0, -'.md'.length).toLowerCase();
		if (!slugPattern.test(slug)) {
			warnings.push(`${shownFile}: file name is not a slug (use lower-case letters, digits, "-", "_" or ".")`);
			continue;
		}

		if (bySlug.has(slug)) {
			warnings.push(`${shownFile}: slug "${slug}" is already used by ${sanitizeLine(bySlug.get(slug)!.file)}`);
			continue;
		}

		const result = index ? readPostIndexed(slug, file, name, index) : readPost(slug, file);
		if ('problem' in result) {
			warnings.push(`${shownFile}: ${result.problem}`);
		} else {
			bySlug.set(slug, result.post);
		}
	}

	index?.save(names);
	return {posts: [...bySlug.values()].sort(comparePosts), warnings};
}
