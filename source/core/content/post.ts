import {splitFrontMatter, tryParseYaml} from './front-matter.js';
import {type PostFields, validatePostFields} from './schema.js';
import {limitMarkdown} from './markdown-limits.js';
import {sanitizeForTerminal} from '../text/sanitize.js';

export type {PostImage} from './schema.js';

export type Post = PostFields & {
	readonly slug: string;
	readonly file: string;
	/** Markdown, already sanitized. */
	readonly body: string;
	readonly words: number;
	readonly readingMinutes: number;
};

export type ParseResult = {readonly post: Post} | {readonly problem: string};

const wordsPerMinute = 200;

// A word is a run of non-space characters with a letter or digit in it (what /[\p{L}\p{N}]\S*/gu finds, once a run).
const letterOrDigit = /[\p{L}\p{N}]/u;
const space = /\s/u;

/** Whether an ASCII code is a letter or digit; beyond ASCII the Unicode classes decide. */
const asciiWordCharacter = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/**
Words in one pass over the character codes, no array and no regular expression for ASCII: a 50,000-post catalogue is
counted on its first listing, and the regular expression took three times as long.
*/
export function countWords(markdown: string): number {
	let count = 0;
	// Whether the current run of non-space characters has been counted already.
	let counted = false;
	for (let index = 0; index < markdown.length; index++) {
		const code = markdown.charCodeAt(index);
		if (code < 128) {
			if (code === 32 || (code >= 9 && code <= 13)) {
				counted = false;
			} else if (!counted && asciiWordCharacter(code)) {
				count++;
				counted = true;
			}

			continue;
		}

		const point = markdown.codePointAt(index)!;
		const character = String.fromCodePoint(point);
		if (point > 0xFF_FF) {
			index++;
		}

		if (space.test(character)) {
			counted = false;
		} else if (!counted && letterOrDigit.test(character)) {
			count++;
			counted = true;
		}
	}

	return count;
}

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
A post file's checked fields and its raw body, or say in a few words why it cannot be shown: the first error the
content rules (schema.ts) find, the same that `check` reports.
*/
export function parsePostFields(text: string): {readonly fields: PostFields; readonly body: string} | {readonly problem: string} {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {problem: 'no front matter (the file must start with a "---" block)'};
	}

	const parsed = tryParseYaml(parts.frontMatter);
	if ('problem' in parsed) {
		return {problem: `broken front matter: ${parsed.problem}`};
	}

	const {value, problems} = validatePostFields(parsed.data);
	return value ? {fields: value, body: parts.body} : {problem: problems.find(problem => problem.severity === 'error')!.message};
}

/** Turn one post file into a Post, or say why it cannot be shown (parsePostFields). */
export function parsePost(slug: string, file: string, text: string): ParseResult {
	const parsed = parsePostFields(text);
	if ('problem' in parsed) {
		return parsed;
	}

	const raw = parsed.body;
	return {post: withBody({slug, file, ...parsed.fields}, () => raw)};
}

/** Everything about a post but its text: what the list shows, and what the catalogue index keeps. */
export type PostMetadata = Omit<Post, 'body' | 'words' | 'readingMinutes'> & {readonly words?: number};

/** Blank lines around the body go; the first line's indent stays, since four spaces make it a code block. */
export function trimBody(markdown: string): string {
	return markdown.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/**
A post whose body is read and prepared only when something asks for it: listing 10,000 posts needs none of them.
*/
export function withBody(metadata: PostMetadata, readRaw: () => string): Post {
	let body: string | undefined;
	let words = metadata.words;
	return {
		...metadata,
		get body() {
			body ??= trimBody(limitMarkdown(sanitizeForTerminal(readRaw())));
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
