import path from 'node:path';
import yaml from 'js-yaml';
import {markdownFileNames, readContentText} from '../content/content-file.js';
import {parseYaml, splitFrontMatter} from '../content/front-matter.js';
import {isMoment, momentInstant, nextWindowChange, windowPhase} from '../content/schedule.js';
import {limitMarkdown} from '../content/markdown-limits.js';
import {sanitizeForTerminal, sanitizeLine} from '../text/sanitize.js';

export const priorities = ['urgent', 'info'] as const;
export type Priority = (typeof priorities)[number];

/** A short message from the front desk: `content/notices/<slug>.md`. */
export type Notice = {
	readonly slug: string;
	readonly file: string;
	readonly title: string;
	readonly priority: Priority;
	/** As written: a date or a date and time in the clinic's zone. */
	readonly from?: string;
	readonly until?: string;
	/** Plain text, sanitized, paragraphs joined by blank lines. */
	readonly body: string;
};

export type NoticeCatalog = {readonly notices: readonly Notice[]; readonly warnings: readonly string[]};

const slugPattern = /^[a-z\d][a-z\d._-]*$/;
// A notice is read at a glance; anything near this size is a post, or a mistake.
const maxNoticeBytes = 64 * 1024;

export function noticesDirectory(contentDirectory: string): string {
	return path.join(contentDirectory, 'notices');
}

/** Turn one notice file into a Notice, or say in a few words why it cannot be shown (as parsePost does for posts). */
export function parseNotice(slug: string, file: string, text: string): {readonly notice: Notice} | {readonly problem: string} {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {problem: 'no front matter (the file must start with a "---" block)'};
	}

	let data: unknown;
	try {
		data = parseYaml(parts.frontMatter);
	} catch (error) {
		return {problem: `broken front matter: ${error instanceof yaml.YAMLException ? error.reason : String(error)}`};
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {problem: 'front matter is not a list of "key: value" fields'};
	}

	const fields = data as Record<string, unknown>;
	const title = typeof fields['title'] === 'string' ? sanitizeLine(fields['title']) : '';
	if (title === '') {
		return {problem: 'missing title'};
	}

	const priority = fields['priority'] ?? 'info';
	if (!priorities.includes(priority as Priority)) {
		return {problem: `priority must be urgent or info, not "${sanitizeLine(String(priority))}"`};
	}

	for (const key of ['from', 'until'] as const) {
		if (fields[key] !== undefined && !isMoment(fields[key])) {
			return {problem: `"${key}" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T14:00`};
		}
	}

	const from = fields['from'] as string | undefined;
	const until = fields['until'] as string | undefined;
	// Markdown marks mean nothing on a notice line: keep the words.
	const body = limitMarkdown(sanitizeForTerminal(parts.body)).replaceAll(/[*_`#>]+/g, '').replaceAll(/[ \t]+\n/g, '\n').replaceAll(/\n{3,}/g, '\n\n').trim();
	return {notice: {slug, file, title, priority: priority as Priority, ...(from === undefined ? {} : {from: from.trim()}), ...(until === undefined ? {} : {until: until.trim()}), body}};
}

/** Every notice in `<content>/notices/`; a missing folder is no notices, a bad file a warning, as with posts. */
export function loadNotices(contentDirectory: string): NoticeCatalog {
	const directory = noticesDirectory(contentDirectory);
	let names: string[];
	try {
		names = markdownFileNames(directory);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {notices: [], warnings: code === 'ENOENT' ? [] : [`${sanitizeLine(directory)}: cannot read (${code ?? 'error'})`]};
	}

	const notices: Notice[] = [];
	const warnings: string[] = [];
	for (const name of names) {
		const file = path.join(directory, name);
		const slug = name.slice(0, -'.md'.length).toLowerCase();
		const problem = (message: string) => warnings.push(`${sanitizeLine(file)}: ${message}`);
		if (!slugPattern.test(slug)) {
			problem('file name is not a slug (use lower-case letters, digits, "-", "_" or ".")');
			continue;
		}

		// Only a regular file, read to the cap (content-file.ts): a FIFO or /dev/zero named like a notice never hangs.
		const read = readContentText(file, maxNoticeBytes);
		if ('problem' in read) {
			problem(read.code ? read.problem : `${read.problem}; ${read.problem.startsWith('larger') ? 'a notice is a few lines' : 'not shown'}`);
			continue;
		}

		const result = parseNotice(slug, file, read.text);
		if ('problem' in result) {
			problem(result.problem);
		} else {
			notices.push(result.notice);
		}
	}

	return {notices, warnings};
}

/** The notices showing at `now`, urgent first, then the most recently started, then by title. */
export function activeNotices(notices: readonly Notice[], now: number, timeZone: string): Notice[] {
	const started = (notice: Notice) => (notice.from === undefined ? 0 : momentInstant(notice.from, 'start', timeZone) ?? 0);
	return notices
		.filter(notice => windowPhase(notice, now, timeZone) === 'during')
		.sort((a, b) => (a.priority === b.priority ? started(b) - started(a) || a.title.localeCompare(b.title) : (a.priority === 'urgent' ? -1 : 1)));
}

/** When the set of active notices changes next: a display wakes then, not at the next minute. */
export function nextNoticeChange(notices: readonly Notice[], now: number, timeZone: string): number | undefined {
	return nextWindowChange(notices, now, timeZone);
}
