import {isCleanLine} from '../text/sanitize.js';
import type {HeadColumns} from './index-file.js';
import type {PostImage} from './post.js';

/** What the list needs of a post (or why the file is not one), kept apart so a listing parses only this. */
export type IndexHead = ({readonly title: string; readonly date: string} & Schedule) | {readonly problem: string};

/** When a post may be shown, and whether it comes first: the list needs these to choose and order posts. */
export type Schedule = {readonly showFrom?: string; readonly showUntil?: string; readonly pinned?: boolean};

/** The schedule of a post, with only the keys it has. */
export function scheduleOf({showFrom, showUntil, pinned}: Schedule): Schedule {
	return {...(showFrom === undefined ? {} : {showFrom}), ...(showUntil === undefined ? {} : {showUntil}), ...(pinned ? {pinned} : {})};
}

/** A stored schedule: only the known keys, each as the parser leaves it; undefined when anything is off. */
function parseSchedule(value: unknown): Schedule | undefined {
	if (!isObject(value) || !Object.keys(value).every(key => key === 'showFrom' || key === 'showUntil' || key === 'pinned')) {
		return undefined;
	}

	const {showFrom, showUntil, pinned} = value;
	return isOptionalField(showFrom) && isOptionalField(showUntil) && (pinned === undefined || pinned === true) ? scheduleOf(value as Schedule) : undefined;
}

/** The rest of a post's front matter, and its word count: parsed from the index only when something shows them. */
export type IndexDetails = {
	readonly author?: string;
	readonly summary?: string;
	readonly tags: readonly string[];
	readonly image?: PostImage;
	readonly url?: string;
	readonly words: number;
};

type Fields = Record<string, unknown>;

/** Only the parser writes dates here, after checking them; this keeps the shape (and the text) safe. */
const storedDate = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A one-line field exactly as the parser leaves it: sanitized, trimmed, not empty. */
const isField = (value: unknown): value is string => typeof value === 'string' && value !== '' && isCleanLine(value);
const isOptionalField = (value: unknown) => value === undefined || isField(value);
const isStamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A stored file name: one name in the posts folder, never a path. */
export function nameOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.endsWith('.md') && !/[/\\\0]/.test(value) && value.isWellFormed() ? value : undefined;
}

/** The stored head at `position` (date null: the title column holds why the file is not a post), if well formed. */
export function indexedHead(columns: HeadColumns, position: number): IndexHead | undefined {
	const date = columns.dates[position];
	const text = columns.titles[position];
	if (nameOf(columns.names[position]) === undefined || !isStamp(columns.sizes[position]) || !isStamp(columns.mtimes[position]) || !isField(text)) {
		return undefined;
	}

	if (date === null) {
		return {problem: text};
	}

	if (typeof date !== 'string' || !storedDate.test(date)) {
		return undefined;
	}

	// Most posts have no schedule: no object to spread for them.
	const stored = Object.hasOwn(columns.schedules, position) ? columns.schedules[position] : undefined;
	const schedule = stored === undefined ? undefined : parseSchedule(stored);
	return stored === undefined ? {title: text, date} : (schedule && {title: text, date, ...schedule});
}

function isImage(value: unknown): value is PostImage {
	return isObject(value) && isField(value['alt']) && isOptionalField(value['src']) && Object.keys(value).every(key => key === 'alt' || key === 'src');
}

/** Stored details as JSON text, checked field by field; undefined (parse the file again) when anything is off. */
export function parseDetails(text: string): IndexDetails | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}

	if (!isObject(value)) {
		return undefined;
	}

	const {author, summary, tags, image, url, words} = value;
	const wellFormed = isOptionalField(author) && isOptionalField(summary) && isOptionalField(url)
		&& Array.isArray(tags) && tags.every(tag => typeof tag === 'string' && isCleanLine(tag))
		&& (image === undefined || isImage(image))
		&& Number.isSafeInteger(words) && (words as number) >= 0;
	if (!wellFormed) {
		return undefined;
	}

	// A fresh object of the known fields only: nothing else from the file travels on.
	return {
		...(author === undefined ? {} : {author}),
		...(summary === undefined ? {} : {summary}),
		tags: [...tags] as string[],
		...(image === undefined ? {} : {image: {alt: image.alt, ...(image.src === undefined ? {} : {src: image.src})}}),
		...(url === undefined ? {} : {url}),
		words: words as number,
	} as IndexDetails;
}
