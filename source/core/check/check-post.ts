import {checkBody} from './check-links.js';
import {styleWarnings} from './check-style.js';
import {tagPattern} from '../content/new-post.js';
import {findKeyLine, splitFrontMatter, tryParseYaml} from '../content/front-matter.js';
import {validatePostFields} from '../content/schema.js';
import {nextDay} from '../content/value-rules.js';
import {sanitizeLine} from '../text/sanitize.js';

/** A problem on a line of one file (1 when it concerns the whole file). */
export type LineProblem = {readonly line: number; readonly severity: 'error' | 'warning'; readonly message: string};

export type PostCheck = {
	readonly problems: readonly LineProblem[];
	/** For the duplicate check across posts, when the post has one. */
	readonly title?: string;
	readonly titleLine: number;
	/** Which of two posts with one title is the newer, when the date is valid. */
	readonly date?: string;
};

/** Tags as `new --tags` makes them: kebab-case words, each once. */
function tagProblems(tags: readonly string[]): string[] {
	const bad = tags.filter(tag => !tagPattern.test(tag)).map(tag => `tag "${sanitizeLine(tag)}" is not kebab-case words (such as injury-recovery), as "clinic-read new --tags" writes them`);
	const twice = [...new Set(tags.filter((tag, index) => tags.indexOf(tag) !== index))].map(tag => `tag "${sanitizeLine(tag)}" is listed twice`);
	return [...bad, ...twice];
}

/**
Check one post file: its front matter by the content rules (content/schema.ts), then what only a publisher cares
about: a date more than a day ahead, and the links and images in its body. `today` is YYYY-MM-DD.
*/
export function checkPost(text: string, today: string): PostCheck {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {problems: [{line: 1, severity: 'error', message: 'no front matter (the file must start with a "---" block)'}], titleLine: 1};
	}

	const lines = parts.frontMatter.split('\n');
	// The front matter starts on line 2, after the opening "---"; a key that is missing is reported on line 1.
	const lineOf = (key: string | undefined) => 1 + (key === undefined ? 0 : findKeyLine(lines, key) ?? 0);
	const parsed = tryParseYaml(parts.frontMatter);
	if ('problem' in parsed) {
		return {problems: [{line: Math.min(parsed.line, lines.length) + 1, severity: 'error', message: `broken front matter: ${parsed.problem}`}], titleLine: 1};
	}

	const {value, problems: fieldProblems} = validatePostFields(parsed.data);
	const problems: LineProblem[] = fieldProblems.map(({key, severity, message}) => ({line: lineOf(key), severity, message}));
	// A post scheduled with show_from may be dated when it will show.
	if (value && value.date > nextDay(today) && value.showFrom === undefined) {
		problems.push({line: lineOf('date'), severity: 'error', message: `date ${value.date} is more than a day in the future`});
	}

	for (const message of tagProblems(value?.tags ?? [])) {
		problems.push({line: lineOf('tags'), severity: 'error', message});
	}

	const bodyLine = lines.length + 3;
	for (const {line, message} of checkBody(parts.body)) {
		problems.push({line: bodyLine + line - 1, severity: 'error', message});
	}

	for (const {line, message} of styleWarnings(parts.body)) {
		problems.push({line: bodyLine + line - 1, severity: 'warning', message});
	}

	problems.sort((a, b) => a.line - b.line);
	const {title} = parsed.data as {title?: unknown};
	return {problems, titleLine: lineOf('title'), ...(value ? {date: value.date} : {}), ...(typeof title === 'string' && sanitizeLine(title) !== '' ? {title: sanitizeLine(title)} : {})};
}
