import {limitMarkdown} from './markdown-limits.js';
import {sanitizeForTerminal, sanitizeLine} from '../text/sanitize.js';
import {isMapping, splitFrontMatter, tryParseYaml} from './front-matter.js';
import {countWords, parsePost, type Post, readingMinutes, trimBody} from './post.js';
import {isIsoDate} from './value-rules.js';

/** What standard input's front matter can still give when it is not a whole post: its title, author and date. */
function looseFields(frontMatter: string): {fields: Record<string, unknown>} | {problem: string} {
	const parsed = tryParseYaml(frontMatter);
	if ('problem' in parsed) {
		return {problem: `broken front matter (line ${parsed.line + 1}: ${parsed.problem})`};
	}

	if (parsed.data === null || parsed.data === undefined) {
		return {fields: {}};
	}

	return isMapping(parsed.data) ? {fields: parsed.data} : {problem: 'front matter is not a list of "key: value" fields'};
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? sanitizeLine(value) : undefined);

/**
Markdown from standard input: a whole post when its front matter is one; else what front matter there is (a title
without a date is still the title), else the first `#` heading is the title. Broken front matter is one warning.
*/
export function parseStandalone(input: string, warn: (message: string) => void = () => {}): Post {
	const parsed = parsePost('stdin', '-', input);
	if ('post' in parsed) {
		return parsed.post;
	}

	const parts = splitFrontMatter(input);
	const loose = parts ? looseFields(parts.frontMatter) : {fields: {}};
	if ('problem' in loose) {
		warn(`standard input: ${loose.problem}; reading the rest as Markdown`);
	}

	const fields = 'fields' in loose ? loose.fields : {};
	const body = trimBody(limitMarkdown(sanitizeForTerminal(parts?.body ?? input.replace(/^\uFEFF/, ''))));
	const title = text(fields['title']);
	const heading = title === undefined ? /^#[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(body) : null;
	const rest = heading ? trimBody(body.slice(heading[0].length)) : body;
	const author = text(fields['author']);
	const date = text(fields['date']);
	const words = countWords(rest);
	return {
		slug: 'stdin',
		file: '-',
		title: title ?? (heading?.[1] ? sanitizeLine(heading[1]) : 'Standard input'),
		date: date !== undefined && isIsoDate(date) ? date : '',
		...(author === undefined ? {} : {author}),
		tags: [],
		body: rest,
		words,
		readingMinutes: readingMinutes(words),
	};
}
