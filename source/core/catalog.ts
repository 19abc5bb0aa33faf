import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parsePost, type Post} from './post.js';
import {sanitizeLine} from './sanitize.js';

export type Catalog = {
	/** Newest first; ties by title. */
	readonly posts: readonly Post[];
	/** One line each, "file: problem"; the post is skipped. */
	readonly warnings: readonly string[];
};

const slugPattern = /^[a-z\d][a-z\d._-]*$/;
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

/**
Load and validate every post in a content folder. Bad posts become warnings, never exceptions.
*/
export function loadCatalog(contentDirectory: string): Catalog {
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

		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			warnings.push(`${shownFile}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
			continue;
		}

		const unreadable = checkBytes(bytes);
		if (unreadable) {
			warnings.push(`${shownFile}: ${unreadable}`);
			continue;
		}

		const text = bytes.toString('utf8');

		const result = parsePost(slug, file, text);
		if ('problem' in result) {
			warnings.push(`${shownFile}: ${result.problem}`);
		} else {
			bySlug.set(slug, result.post);
		}
	}

	return {posts: [...bySlug.values()].sort(comparePosts), warnings};
}
