import {isIsoDate, isWebAddress} from './value-rules.js';
import {isMapping} from './front-matter.js';
import {type PostSource, validateSource} from './source-schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import {scheduleFields, scheduleProblems} from './schedule.js';

/**
The one set of content rules. The loader, `check`, `new`, the kiosk and `sync` all call these: what is an error
here, the reader refuses (with a warning naming the file) and `check` reports; what passes, both accept.
*/
export type FieldProblem = {
	/** The front-matter key it concerns (`image` for `image.alt`); undefined for the whole file. */
	readonly key?: string;
	readonly severity: 'error' | 'warning';
	readonly message: string;
};

export type PostImage = {readonly alt: string; readonly src?: string};


/** A post's front matter once it passes the rules; every text sanitized. */
export type PostFields = {
	readonly title: string;
	/** ISO `YYYY-MM-DD`; sorts as text. */
	readonly date: string;
	readonly author?: string;
	readonly summary?: string;
	readonly tags: readonly string[];
	readonly image?: PostImage;
	readonly url?: string;
	readonly source?: PostSource;
	/** `show_from`, `show_until` (moments in the clinic's zone) and `pinned: true`: see schedule.ts. */
	readonly showFrom?: string;
	readonly showUntil?: string;
	readonly pinned?: boolean;
};

export type Validation<T, P extends FieldProblem = FieldProblem> = {readonly value?: T; readonly problems: readonly P[]};

export const postKeys = ['title', 'date', 'author', 'summary', 'tags', 'image', 'url', 'show_from', 'show_until', 'pinned', 'source'] as const;
const imageKeys = ['alt', 'src'] as const;

/** The slug rule for post file names: what `check`, the catalog and `new` agree a post may be called. */
export const slugPattern = /^[a-z\d][a-z\d._-]*$/;

/** Empty as the reader sees it: text that sanitizes to nothing. */
function isBlank(value: unknown): boolean {
	return value === null || (typeof value === 'string' && sanitizeLine(value) === '');
}

type Collector = {
	readonly problems: FieldProblem[];
	error(key: string | undefined, message: string): void;
	warning(key: string, message: string): void;
};

function collector(): Collector {
	const problems: FieldProblem[] = [];
	return {
		problems,
		error(key, message) {
			problems.push({...(key === undefined ? {} : {key}), severity: 'error', message});
		},
		warning(key, message) {
			problems.push({key, severity: 'warning', message});
		},
	};
}

/** Optional (or required) single-line text; a problem when present but blank or not text. */
function text(fields: Record<string, unknown>, key: string, out: Collector, required = false): string | undefined {
	const value = fields[key];
	if (value === undefined) {
		if (required) {
			out.error(key, `missing "${key}"`);
		}

		return undefined;
	}

	if (isBlank(value)) {
		out.error(key, required ? `"${key}" is empty` : `"${key}" is empty; fill it in or remove the line`);
	} else if (typeof value === 'string') {
		return sanitizeLine(value);
	} else {
		out.error(key, `"${key}" must be text`);
	}

	return undefined;
}

function image(value: unknown, out: Collector): PostImage | undefined {
	if (!isMapping(value)) {
		out.error('image', '"image" must be a mapping with "alt" (and optional "src")');
		return undefined;
	}

	for (const key of Object.keys(value).filter(key => !(imageKeys as readonly string[]).includes(key))) {
		out.warning('image', `unknown key "image.${sanitizeLine(key)}" (known: ${imageKeys.join(', ')})`);
	}

	const {alt, src} = value;
	if (src !== undefined && typeof src !== 'string') {
		out.error('image', '"image.src" must be text');
	}

	if (alt === undefined || isBlank(alt)) {
		out.error('image', 'image has no alt text (add "alt:" under "image")');
		return undefined;
	}

	if (typeof alt !== 'string') {
		out.error('image', '"image.alt" must be text');
		return undefined;
	}

	return {alt: sanitizeLine(alt), ...(typeof src === 'string' && !isBlank(src) ? {src: sanitizeLine(src)} : {})};
}

/** Validate a post's parsed front matter: the post's fields when nothing is an error, and every problem found. */
export function validatePostFields(data: unknown): Validation<PostFields> {
	const out = collector();
	if (!isMapping(data)) {
		out.error(undefined, 'front matter is not a list of "key: value" fields');
		return {problems: out.problems};
	}

	const title = text(data, 'title', out, true);
	const {date} = data;
	if (date === undefined) {
		out.error('date', 'missing "date"');
	} else if (date === null) {
		out.error('date', '"date" is empty');
	} else if (typeof date !== 'string' || !isIsoDate(date)) {
		out.error('date', `impossible date "${sanitizeLine(String(date))}" (use YYYY-MM-DD)`);
	}

	const author = text(data, 'author', out);
	const summary = text(data, 'summary', out);
	const url = text(data, 'url', out);
	if (url !== undefined && !isWebAddress(url.trim())) {
		out.error('url', `"url" must be a web address starting with https:// or http://, not "${url}"`);
	}

	const {tags} = data;
	if (tags !== undefined && (!Array.isArray(tags) || !tags.every(tag => typeof tag === 'string' && !isBlank(tag)))) {
		out.error('tags', '"tags" must be a list of words, such as [massage, pain]');
	}

	const picture = data['image'] === undefined ? undefined : image(data['image'], out);
	const origin = data['source'] === undefined ? undefined : validateSource(data['source']);
	if (typeof origin === 'string') {
		out.error('source', origin);
	}
	for (const {key, message} of scheduleProblems(data)) {
		out.error(key, message);
	}

	for (const key of Object.keys(data).filter(key => !(postKeys as readonly string[]).includes(key))) {
		out.warning(key, `unknown front-matter key "${sanitizeLine(key)}" (known: ${postKeys.join(', ')})`);
	}

	if (out.problems.some(problem => problem.severity === 'error')) {
		return {problems: out.problems};
	}

	const value: PostFields = {
		title: title!,
		date: date as string,
		tags: Array.isArray(tags) ? tags.map(tag => sanitizeLine(tag as string)) : [],
		...(author === undefined ? {} : {author}),
		...(summary === undefined ? {} : {summary}),
		...(picture === undefined ? {} : {image: picture}),
		...(url === undefined ? {} : {url}),
		...(typeof origin === 'object' ? {source: origin} : {}),
		...scheduleFields(data),
	};
	return {value, problems: out.problems};
}
