import {readContentText} from './content-file.js';
import {splitFrontMatter} from './front-matter.js';
import {limitMarkdown} from './markdown-limits.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import type {IndexDetails, Schedule} from './index-entry.js';
import {type Post, readingMinutes} from './post.js';

/** The body of a post file, read when first needed, with the limits of any content file; a file gone since (or no longer a file) is an empty body, not a crash. */
export function readBody(file: string): string {
	const read = readContentText(file);
	return 'text' in read ? splitFrontMatter(read.text)?.body ?? '' : '';
}

/**
A post made from its list fields alone: the rest of its front matter and its text are read when first asked for.
One class, so that 50,000 of them share their accessors instead of each holding closures.
*/
class LazyPost {
	readonly slug: string;
	readonly file: string;
	readonly title: string;
	readonly date: string;
	readonly showFrom?: string;
	readonly showUntil?: string;
	readonly pinned?: boolean;
	/** The details, or how to load them (one function for the whole catalogue, given this post). */
	#details: IndexDetails | DetailsLoader;
	#body: string | undefined;

	constructor(slug: string, file: string, head: {readonly title: string; readonly date: string} & Schedule, details: IndexDetails | DetailsLoader) {
		this.slug = slug;
		this.file = file;
		this.title = head.title;
		this.date = head.date;
		// The fields exist either way (class fields): set, not spread in, so most posts make no schedule object.
		this.showFrom = head.showFrom;
		this.showUntil = head.showUntil;
		this.pinned = head.pinned ? true : undefined;
		this.#details = details;
	}

	get author() {
		return this.#more().author;
	}

	get summary() {
		return this.#more().summary;
	}

	get tags() {
		return this.#more().tags;
	}

	get image() {
		return this.#more().image;
	}

	get url() {
		return this.#more().url;
	}

	get words() {
		return this.#more().words;
	}

	get readingMinutes() {
		return readingMinutes(this.words);
	}

	get body() {
		this.#body ??= limitMarkdown(sanitizeForTerminal(readBody(this.file))).trim();
		return this.#body;
	}

	#more(): IndexDetails {
		if (typeof this.#details === 'function') {
			this.#details = this.#details(this.slug, this.file);
		}

		return this.#details;
	}
}

/** Loads a post's details when first asked for; one per catalogue, not a closure per post (50,000 of them). */
export type DetailsLoader = (slug: string, file: string) => IndexDetails;

export function lazyPost(slug: string, file: string, head: {readonly title: string; readonly date: string} & Schedule, details: IndexDetails | DetailsLoader): Post {
	// Optional fields are getters that may return undefined, which Post spells as absent keys; the same to every reader.
	return new LazyPost(slug, file, head, details) as unknown as Post;
}
