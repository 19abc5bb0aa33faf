import yaml from 'js-yaml';
import type {LineProblem} from './check-post.js';
import {findKeyLine, parseYaml, splitFrontMatter} from '../content/front-matter.js';
import {isEmptyWindow, isMoment} from '../content/schedule.js';
import {priorities} from '../notices/notices.js';
import {sanitizeLine} from '../text/sanitize.js';

export const knownNoticeKeys = ['title', 'priority', 'from', 'until'] as const;
// Read at a glance from across a waiting room; longer belongs in a post.
const maxNoticeWords = 60;

/** Check one notice file as `check` checks posts: every problem on its line. `timeZone` reads from/until. */
export function checkNotice(text: string, timeZone: string): LineProblem[] {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return [{line: 1, severity: 'error', message: 'no front matter (the file must start with a "---" block)'}];
	}

	const lines = parts.frontMatter.split('\n');
	const lineOf = (key: string) => 1 + (findKeyLine(lines, key) ?? 0);
	let data: unknown;
	try {
		data = parseYaml(parts.frontMatter);
	} catch (error) {
		const {reason, mark} = error as yaml.YAMLException;
		return [{line: mark ? Math.min(mark.line, lines.length - 1) + 2 : 1, severity: 'error', message: `broken front matter: ${sanitizeLine(reason ?? String(error))}`}];
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return [{line: 1, severity: 'error', message: 'front matter is not a list of "key: value" fields'}];
	}

	const fields = data as Record<string, unknown>;
	const problems: LineProblem[] = [];
	const add = (key: string, message: string, severity: LineProblem['severity'] = 'error') => {
		problems.push({line: lineOf(key), severity, message});
	};

	const {title, priority, from, until} = fields;
	if (title === undefined || title === null || (typeof title === 'string' && sanitizeLine(title) === '')) {
		add('title', title === undefined ? 'missing "title"' : '"title" is empty');
	} else if (typeof title !== 'string') {
		add('title', '"title" must be text');
	}

	if (priority !== undefined && !priorities.includes(priority as never)) {
		add('priority', `priority must be urgent or info, not "${sanitizeLine(String(priority))}"`);
	}

	for (const [key, value] of [['from', from], ['until', until]] as const) {
		if (value !== undefined && !isMoment(value)) {
			add(key, `"${key}" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T14:00, not "${sanitizeLine(String(value))}"`);
		}
	}

	if (isMoment(from) && isMoment(until) && isEmptyWindow({from, until}, timeZone)) {
		add('until', `"until" (${sanitizeLine(until)}) is before "from" (${sanitizeLine(from)}); the notice would never show`);
	}

	for (const key of Object.keys(fields).filter(key => !(knownNoticeKeys as readonly string[]).includes(key))) {
		add(key, `unknown key "${sanitizeLine(key)}" (known: ${knownNoticeKeys.join(', ')})`, 'warning');
	}

	const words = parts.body.split(/\s+/).filter(Boolean).length;
	if (words > maxNoticeWords) {
		problems.push({line: lines.length + 3, severity: 'warning', message: `the body has ${words} words; a notice is read at a glance, keep it under ${maxNoticeWords} (or make it a post)`});
	}

	return problems;
}
