import path from 'node:path';
import {checkClinic} from './check-clinic.js';
import {checkNotice} from './check-notice.js';
import {checkPost, type LineProblem} from './check-post.js';
import {slugPattern} from '../content/schema.js';
import {defaultTimeZone} from '../content/zoned-time.js';
import {capMessage, sanitizeLine} from '../text/sanitize.js';

// Shared with commands that must not load the checker (and marked) to print a path.
export {displayPath} from '../files.js';

export type Severity = LineProblem['severity'];

export type Problem = {readonly file: string; readonly line: number; readonly severity: Severity; readonly message: string};

/** A file as the command read it: its text, or why it could not be read. `file` is the name to print. */
export type Source = {readonly file: string; readonly text: string} | {readonly file: string; readonly error: string};

export type CheckInput = {
	readonly clinic: Source;
	/** Every `.md` file in posts/, or why the folder could not be read. */
	readonly posts: readonly Source[] | {readonly file: string; readonly error: string};
	/** Every `.md` file in notices/ (none when the folder is absent). */
	readonly notices?: readonly Source[];
	/** The clinic's zone, for notices' from/until. */
	readonly timeZone?: string;
	/** YYYY-MM-DD; a post may be dated at most one day after it. */
	readonly today: string;
};

export type CheckResult = {
	readonly problems: readonly Problem[];
	readonly posts: number;
	readonly notices: number;
	readonly errors: number;
	readonly warnings: number;
};


/** The slug of a post file, as the catalog makes it: the name without `.md`, lower-cased. */
export function slugOf(file: string): string {
	return path.basename(file).replace(/\.md$/i, '').toLowerCase();
}

function checkPosts(sources: readonly Source[], today: string, add: (file: string, problem: LineProblem) => void): void {
	const slugs = new Map<string, string>();
	const titles = new Map<string, Array<{source: string; file: string; title: string; line: number; date: string}>>();
	for (const source of sources) {
		if ('error' in source) {
			add(source.file, {line: 1, severity: 'error', message: source.error});
			continue;
		}

		const slug = slugOf(source.file);
		const file = sanitizeLine(source.file);
		if (!slugPattern.test(slug)) {
			add(source.file, {line: 1, severity: 'error', message: 'file name is not a slug (use lower-case letters, digits, "-", "_" or ".")'});
		} else if (slugs.has(slug)) {
			add(source.file, {line: 1, severity: 'error', message: `slug "${slug}" is already used by ${slugs.get(slug)!}`});
		} else {
			slugs.set(slug, file);
		}

		const {problems, title, titleLine, date} = checkPost(source.text, today);
		for (const problem of problems) {
			add(source.file, problem);
		}

		const key = title?.toLowerCase();
		if (key !== undefined) {
			titles.set(key, [...(titles.get(key) ?? []), {source: source.file, file, title: title!, line: titleLine, date: date ?? ''}]);
		}
	}

	// Of posts with one title, the oldest keeps it; each newer one is the copy to rename (the earlier file breaks a tie).
	for (const same of titles.values()) {
		const [first, ...newer] = same.toSorted((a, b) => a.date.localeCompare(b.date));
		for (const post of newer) {
			add(post.source, {line: post.line, severity: 'error', message: `title "${post.title}" is already used by ${first!.file}, an older post`});
		}
	}
}

/**
Check a content folder's clinic.yml and posts. Problems come file by file (clinic.yml first), by line within a file.
*/
export function checkContent(input: CheckInput): CheckResult {
	const byFile = new Map<string, LineProblem[]>();
	const add = (file: string, problem: LineProblem) => {
		const problems = byFile.get(file);
		const capped = {...problem, message: capMessage(problem.message)};
		if (problems) {
			problems.push(capped);
		} else {
			byFile.set(file, [capped]);
		}
	};

	if ('error' in input.clinic) {
		add(input.clinic.file, {line: 1, severity: 'error', message: input.clinic.error});
	} else {
		for (const problem of checkClinic(input.clinic.text)) {
			add(input.clinic.file, problem);
		}
	}

	if ('error' in input.posts) {
		add(input.posts.file, {line: 1, severity: 'error', message: input.posts.error});
	} else {
		// File by file in the folder's order, though a duplicate is only known once every post is read.
		for (const source of input.posts) {
			byFile.set(source.file, byFile.get(source.file) ?? []);
		}

		checkPosts(input.posts, input.today, add);
	}

	for (const source of input.notices ?? []) {
		const found = 'error' in source ? [{line: 1, severity: 'error', message: source.error} as const] : checkNotice(source.text, input.timeZone ?? defaultTimeZone);
		for (const problem of found) {
			add(source.file, problem);
		}
	}

	const problems = [...byFile].flatMap(([file, list]) => list
		.toSorted((a, b) => a.line - b.line)
		.map(problem => ({file: sanitizeLine(file), ...problem})));
	return {
		problems,
		posts: 'error' in input.posts ? 0 : input.posts.length,
		notices: input.notices?.length ?? 0,
		errors: problems.filter(problem => problem.severity === 'error').length,
		warnings: problems.filter(problem => problem.severity === 'warning').length,
	};
}

/** `file:line: severity: message`, as compilers and linters print it. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The problems, one a line, then `check: 11 posts, 0 errors, 0 warnings`. */
export function formatCheck(result: CheckResult): string {
	const notices = result.notices > 0 ? `${plural(result.notices, 'notice')}, ` : '';
	const summary = `check: ${plural(result.posts, 'post')}, ${notices}${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}`;
	return [...result.problems.map(problem => formatProblem(problem)), summary].map(line => `${line}\n`).join('');
}

/** A Date's calendar day where the clinic-read process runs, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
	return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}
