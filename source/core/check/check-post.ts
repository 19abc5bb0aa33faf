import yaml from 'js-yaml';
import {checkBody, linkTargetProblem} from './check-links.js';
import {isIsoDate, parseYaml, splitFrontMatter} from '../content/post.js';
import {sanitizeLine} from '../text/sanitize.js';

/** A problem on a line of one file (1 when it concerns the whole file). */
export type LineProblem = {readonly line: number; readonly severity: 'error' | 'warning'; readonly message: string};

export type PostCheck = {
	readonly problems: readonly LineProblem[];
	/** For the duplicate check across posts, when the post has one. */
	readonly title?: string;
	readonly titleLine: number;
};

export const knownPostKeys = ['title', 'date', 'author', 'summary', 'tags', 'image', 'url'] as const;
const knownImageKeys = new Set(['alt', 'src']);
const textKeys = ['author', 'summary', 'url'] as const;
const day = 24 * 60 * 60 * 1000;

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** The 1-based line of `key:` among YAML lines (optionally quoted, at the given indent), or undefined. */
export function findKeyLine(lines: readonly string[], key: string, indent = ''): number | undefined {
	const pattern = new RegExp(`^${indent}(["']?)${escapeRegExp(key)}\\1[ \\t]*:`);
	const index = lines.findIndex(line => pattern.test(line));
	return index === -1 ? undefined : index + 1;
}

/** The ISO date one day after `date`. */
export function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + day).toISOString().slice(0, 10);
}

function isMapping(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Empty as the reader sees it: the catalog drops text that sanitizes to nothing. */
function isBlank(value: unknown): boolean {
	return value === null || (typeof value === 'string' && sanitizeLine(value) === '');
}

function checkImage(image: unknown, error: (message: string) => void, warning: (message: string) => void): void {
	if (!isMapping(image)) {
		error('"image" must be a mapping with "alt" (and optional "src")');
		return;
	}

	const {alt, src} = image;
	if (alt === undefined || isBlank(alt)) {
		error('image has no alt text (add "alt:" under "image")');
	} else if (typeof alt !== 'string') {
		error('"image.alt" must be text');
	}

	if (src !== undefined && typeof src !== 'string') {
		error('"image.src" must be text');
	}

	for (const key of Object.keys(image).filter(key => !knownImageKeys.has(key))) {
		warning(`unknown key "image.${sanitizeLine(key)}" (known: alt, src)`);
	}
}

/**
Check one post file: its front matter, then the links and images in its body. `today` is YYYY-MM-DD.
*/
export function checkPost(text: string, today: string): PostCheck {
	const problems: LineProblem[] = [];
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {problems: [{line: 1, severity: 'error', message: 'no front matter (the file must start with a "---" block)'}], titleLine: 1};
	}

	const lines = parts.frontMatter.split('\n');
	// The front matter starts on line 2, after the opening "---".
	const lineOf = (key: string) => 1 + (findKeyLine(lines, key) ?? 0);
	let data: unknown;
	try {
		data = parseYaml(parts.frontMatter);
	} catch (error) {
		const {reason, mark} = error as yaml.YAMLException;
		// An unclosed quote is reported past the last line; point at the last line of the front matter instead.
		return {problems: [{line: mark ? Math.min(mark.line, lines.length - 1) + 2 : 1, severity: 'error', message: `broken front matter: ${sanitizeLine(reason ?? String(error))}`}], titleLine: 1};
	}

	if (!isMapping(data)) {
		return {problems: [{line: 1, severity: 'error', message: 'front matter is not a list of "key: value" fields'}], titleLine: 1};
	}

	// A missing key is not found, so its problem goes on line 1.
	const add = (key: string, severity: LineProblem['severity']) => (message: string) => {
		problems.push({line: lineOf(key), severity, message});
	};

	const {title, date, tags, image} = data;
	if (title === undefined) {
		add('title', 'error')('missing "title"');
	} else if (isBlank(title)) {
		add('title', 'error')('"title" is empty');
	} else if (typeof title !== 'string') {
		add('title', 'error')('"title" must be text');
	}

	if (date === undefined) {
		add('date', 'error')('missing "date"');
	} else if (date === null) {
		add('date', 'error')('"date" is empty');
	} else if (typeof date !== 'string' || !isIsoDate(date)) {
		add('date', 'error')(`impossible date "${sanitizeLine(String(date))}" (use YYYY-MM-DD)`);
	} else if (date > nextDay(today)) {
		add('date', 'error')(`date ${date} is more than a day in the future`);
	}

	for (const key of textKeys) {
		const value = data[key];
		if (value === undefined) {
			continue;
		}

		if (isBlank(value)) {
			add(key, 'error')(`"${key}" is empty; fill it in or remove the line`);
		} else if (typeof value !== 'string') {
			add(key, 'error')(`"${key}" must be text`);
		} else if (key === 'url' && (linkTargetProblem(value) !== undefined || !/^https?:/i.test(value.trim()))) {
			add(key, 'error')(`"url" must be a web address starting with https:// or http://, not "${sanitizeLine(value)}"`);
		}
	}

	if (tags !== undefined && (!Array.isArray(tags) || !tags.every(tag => typeof tag === 'string' && tag.trim() !== ''))) {
		add('tags', 'error')('"tags" must be a list of words, such as [massage, pain]');
	}

	if (image !== undefined) {
		checkImage(image, add('image', 'error'), add('image', 'warning'));
	}

	for (const key of Object.keys(data).filter(key => !(knownPostKeys as readonly string[]).includes(key))) {
		add(key, 'warning')(`unknown front-matter key "${sanitizeLine(key)}" (known: ${knownPostKeys.join(', ')})`);
	}

	const bodyLine = lines.length + 3;
	for (const {line, message} of checkBody(parts.body)) {
		problems.push({line: bodyLine + line - 1, severity: 'error', message});
	}

	return {problems, titleLine: lineOf('title'), ...(typeof title === 'string' && !isBlank(title) ? {title: sanitizeLine(title)} : {})};
}
