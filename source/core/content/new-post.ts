import {usageError} from '../errors.js';
import {nextDay} from './value-rules.js';
import {parseYaml} from './front-matter.js';
import {isIsoDate} from './value-rules.js';
import {sanitizeLine} from '../text/sanitize.js';

export type NewPost = {
	readonly title: string;
	/** YYYY-MM-DD. */
	readonly date: string;
	readonly tags: readonly string[];
};

export const maxSlugLength = 60;
/** A tag as `new --tags` writes it and `check` wants it: kebab-case words. */
export const tagPattern = /^[a-z\d]+(?:-[a-z\d]+)*$/;
// Letters that Unicode does not decompose into a base letter plus accents.
const foldedLetters: Readonly<Record<string, string>> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i'};

/**
A short kebab-case file name for a title: ASCII letters and digits, accents folded, at most 60 characters, cut between words.
*/
export function slugify(title: string, maxLength = maxSlugLength): string {
	const words = title
		.normalize('NFKD')
		.toLowerCase()
		.replaceAll(/\p{M}/gu, '')
		.replaceAll(/[ßæœøłđðþı]/g, letter => foldedLetters[letter] ?? '')
		// "Beginner's" is one word, not "beginner-s".
		.replaceAll(/['’]/g, '')
		.split(/[^a-z\d]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > maxLength) {
			return slug === '' ? word.slice(0, maxLength) : slug;
		}

		slug = next;
	}

	return slug;
}

/** A YAML scalar for a tag: bare when YAML reads it back as the same text (so not "null", "true" or "12"). */
function yamlWord(word: string): string {
	return parseYaml(word) === word ? word : JSON.stringify(word);
}

/** Parse `--tags a,b`: kebab-case words, each once. */
export function parseTags(value: string): string[] {
	const tags = value.split(',').map(tag => tag.trim());
	const bad = tags.find(tag => !tagPattern.test(tag));
	if (bad !== undefined) {
		throw usageError(`--tags takes kebab-case words separated by commas, such as massage,injury-recovery; "${sanitizeLine(bad)}" is not one`);
	}

	return [...new Set(tags)];
}

/**
Validate the title, `--date` and `--tags` of a new post; `today` is the default date and the future limit.
*/
export function prepareNewPost(title: string, options: {readonly date?: string | undefined; readonly tags?: string | undefined; readonly today: string}): NewPost {
	const cleanTitle = sanitizeLine(title);
	if (cleanTitle === '') {
		throw usageError('new needs a title, such as: clinic-read new "Knee pain after running"');
	}

	const date = options.date ?? options.today;
	if (!isIsoDate(date)) {
		throw usageError(`--date must be a real date as YYYY-MM-DD, such as ${options.today}; not "${sanitizeLine(date)}"`);
	}

	if (date > nextDay(options.today)) {
		throw usageError(`--date ${date} is more than a day in the future; "clinic-read check" would reject it`);
	}

	return {title: cleanTitle, date, tags: options.tags === undefined ? [] : parseTags(options.tags)};
}

/** The body `new` writes, which says what goes where; `check` warns while any of it is left. */
export const skeleton = [
	'Start with one or two sentences a patient would recognise: what this post is about and who it helps.',
	'',
	'## What it is',
	'',
	'Explain it in plain words: what it is, who it helps, and what to expect in a visit.',
	'',
	'## When to ask a professional',
	'',
	'List the signs that mean it is time to call, and end with a line pointing to the clinic\'s contact card.',
];

/** The new post file: front matter that passes `check`, and a skeleton body that says what goes where. */
export function formatNewPost(post: NewPost): string {
	const frontMatter = [
		'---',
		// JSON strings are valid YAML double-quoted scalars, so any title round-trips.
		`title: ${JSON.stringify(post.title)}`,
		`date: ${post.date}`,
		...(post.tags.length > 0 ? [`tags: [${post.tags.map(tag => yamlWord(tag)).join(', ')}]`] : []),
		'---',
	];
	return `${[...frontMatter, ...skeleton].join('\n')}\n`;
}
