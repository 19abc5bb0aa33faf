import yaml from 'js-yaml';
import {limitMarkdown} from '../render/markdown-limits.js';
import {sanitizeForTerminal, sanitizeLine} from '../text/sanitize.js';

export type PostImage = {readonly alt: string; readonly src?: string};

export type Post = {
	readonly slug: string;
	readonly file: string;
	readonly title: string;
	/** ISO `YYYY-MM-DD`; sorts as text. */
	readonly date: string;
	readonly author?: string;
	readonly summary?: string;
	readonly tags: readonly string[];
	readonly image?: PostImage;
	readonly url?: string;
	/** Markdown, already sanitized. */
	readonly body: string;
	readonly words: number;
	readonly readingMinutes: number;
};

export type ParseResult = {readonly post: Post} | {readonly problem: string};

const frontMatterPattern = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const wordsPerMinute = 200;

/** A real calendar date in ISO form, such as 2026-01-25 (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
	const match = isoDate.exec(value);
	if (!match) {
		return false;
	}

	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function countWords(markdown: string): number {
	return markdown.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Split `---` front matter from the body; CRLF and a BOM are accepted. */
export function splitFrontMatter(text: string): {readonly frontMatter: string; readonly body: string} | undefined {
	const normalized = text.replace(/^\uFEFF/, '').replaceAll(/\r\n?/g, '\n');
	const match = frontMatterPattern.exec(normalized);
	if (!match) {
		return undefined;
	}

	return {frontMatter: match[1] ?? '', body: normalized.slice(match[0].length)};
}

/** Parse the YAML front matter; dates stay strings (CORE schema has no timestamp type). */
export function parseYaml(source: string): unknown {
	return yaml.load(source, {schema: yaml.CORE_SCHEMA});
}

function optionalText(data: Record<string, unknown>, key: string): string | undefined {
	const value = data[key];
	return typeof value === 'string' && value.trim() !== '' ? sanitizeLine(value) : undefined;
}

function parseImage(value: unknown): PostImage | undefined {
	if (typeof value !== 'object' || value === null) {
		return undefined;
	}

	const image = value as Record<string, unknown>;
	const alt = optionalText(image, 'alt');
	const src = optionalText(image, 'src');
	return alt === undefined ? undefined : {alt, ...(src === undefined ? {} : {src})};
}

/**
Turn one post file into a Post, or say in a few words why it cannot be shown.
*/
export function parsePost(slug: string, file: string, text: string): ParseResult {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {problem: 'no front matter (the file must start with a "---" block)'};
	}

	let data: unknown;
	try {
		data = parseYaml(parts.frontMatter);
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		return {problem: `broken front matter: ${reason}`};
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {problem: 'front matter is not a list of "key: value" fields'};
	}

	const fields = data as Record<string, unknown>;
	const title = optionalText(fields, 'title');
	if (title === undefined) {
		return {problem: 'missing title'};
	}

	const date = fields['date'];
	if (date === undefined) {
		return {problem: 'missing date'};
	}

	if (typeof date !== 'string' || !isIsoDate(date)) {
		return {problem: `impossible date "${sanitizeLine(String(date))}" (use YYYY-MM-DD)`};
	}

	const tags = Array.isArray(fields['tags']) ? fields['tags'].filter(tag => typeof tag === 'string').map(tag => sanitizeLine(tag)) : [];
	const author = optionalText(fields, 'author');
	const summary = optionalText(fields, 'summary');
	const image = parseImage(fields['image']);
	const url = optionalText(fields, 'url');

	const raw = parts.body;
	const metadata: PostMetadata = {
		slug,
		file,
		title,
		date,
		tags,
		...(author === undefined ? {} : {author}),
		...(summary === undefined ? {} : {summary}),
		...(image === undefined ? {} : {image}),
		...(url === undefined ? {} : {url}),
	};
	return {post: withBody(metadata, () => raw)};
}

/** Everything about a post but its text: what the list shows, and what the catalogue index keeps. */
export type PostMetadata = Omit<Post, 'body' | 'words' | 'readingMinutes'> & {readonly words?: number};

/**
A post whose body is read and prepared only when something asks for it: listing 10,000 posts needs none of them.
*/
export function withBody(metadata: PostMetadata, readRaw: () => string): Post {
	let body: string | undefined;
	let words = metadata.words;
	return {
		...metadata,
		get body() {
			body ??= limitMarkdown(sanitizeForTerminal(readRaw())).trim();
			return body;
		},
		get words() {
			words ??= countWords(readRaw());
			return words;
		},
		get readingMinutes() {
			return readingMinutes(this.words);
		},
	};
}

/**
Markdown from standard input: front matter when it has valid front matter, else the first `#` heading is the title.
*/
export function parseStandalone(text: string): Post {
	const parsed = parsePost('stdin', '-', text);
	if ('post' in parsed) {
		return parsed.post;
	}

	const body = limitMarkdown(sanitizeForTerminal(splitFrontMatter(text)?.body ?? text.replace(/^\uFEFF/, ''))).trim();
	const heading = /^#[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(body);
	const rest = heading ? body.slice(heading[0].length).trim() : body;
	const words = countWords(rest);
	return {
		slug: 'stdin',
		file: '-',
		title: heading?.[1] ? sanitizeLine(heading[1]) : 'Standard input',
		date: '',
		tags: [],
		body: rest,
		words,
		readingMinutes: readingMinutes(words),
	};
}
