import {sanitizeLine} from '../text/sanitize.js';
import {addDays, isCalendarDate, parseIsoDay, zonedInstant} from './zoned-time.js';

/** When something is shown: from a moment, until a moment, either open-ended. The texts are as front matter gives them. */
export type ShowWindow = {readonly from?: string; readonly until?: string};

const momentPattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether front matter gives a moment we can read: a date, or a date and time, with or without an offset. */
export function isMoment(value: unknown): value is string {
	const match = typeof value === 'string' ? momentPattern.exec(value.trim()) : null;
	return match !== null && isCalendarDate(parseIsoDay(match[1]!)) && Number(match[2] ?? 0) < 24 && Number(match[3] ?? 0) < 60 && Number(match[4] ?? 0) < 60;
}

/**
The instant (epoch ms) a moment names: "2026-12-10T14:00" on the clinic's clocks, or with its own offset. A bare date
is the start of that day in the clinic's zone, and for `until` its end: "until: 2026-12-08" still shows on the 8th.
*/
export function momentInstant(value: string, edge: 'start' | 'end', timeZone: string): number | undefined {
	if (!isMoment(value)) {
		return undefined;
	}

	const [, day, hours, minutes, seconds, offset] = momentPattern.exec(value.trim())!;
	const date = parseIsoDay(day!);
	if (hours === undefined) {
		return zonedInstant(edge === 'end' ? addDays(date, 1) : date, 0, timeZone);
	}

	const wall = (Number(hours) * 60) + Number(minutes);
	if (offset === undefined) {
		return zonedInstant(date, wall, timeZone) + (Number(seconds ?? 0) * 1000);
	}

	const sign = offset.startsWith('-') ? -1 : 1;
	const digits = offset === 'Z' ? '0000' : offset.slice(1).replace(':', '');
	const offsetMinutes = offset === 'Z' ? 0 : sign * ((Number(digits.slice(0, 2)) * 60) + Number(digits.slice(2)));
	return Date.UTC(date.year, date.month - 1, date.day, 0, wall - offsetMinutes, Number(seconds ?? 0));
}

export type WindowPhase = 'before' | 'during' | 'after';

/** Where `now` is against a window: not yet, shown, or over. An unreadable bound is treated as absent (check reports it). */
export function windowPhase(window: ShowWindow, now: number, timeZone: string): WindowPhase {
	const from = window.from === undefined ? undefined : momentInstant(window.from, 'start', timeZone);
	const until = window.until === undefined ? undefined : momentInstant(window.until, 'end', timeZone);
	if (from !== undefined && now < from) {
		return 'before';
	}

	return until !== undefined && now >= until ? 'after' : 'during';
}

/** The next instant after `now` at which any of the windows opens or closes, so a display can change exactly then. */
export function nextWindowChange(windows: readonly ShowWindow[], now: number, timeZone: string): number | undefined {
	let next: number | undefined;
	for (const window of windows) {
		for (const instant of [window.from === undefined ? undefined : momentInstant(window.from, 'start', timeZone), window.until === undefined ? undefined : momentInstant(window.until, 'end', timeZone)]) {
			if (instant !== undefined && instant > now && (next === undefined || instant < next)) {
				next = instant;
			}
		}
	}

	return next;
}

/** `until` before `from`: nothing would ever show. */
export function isEmptyWindow(window: ShowWindow, timeZone: string): boolean {
	const from = window.from === undefined ? undefined : momentInstant(window.from, 'start', timeZone);
	const until = window.until === undefined ? undefined : momentInstant(window.until, 'end', timeZone);
	return from !== undefined && until !== undefined && until <= from;
}

/**
The content rules for a post's schedule: `show_from` and `show_until` are moments, in order; `pinned` is true or false.
The order of two moments is the same in any zone unless one carries its own offset; Toronto's is close enough here.
*/
export function scheduleProblems(data: Record<string, unknown>): Array<{readonly key: string; readonly message: string}> {
	const problems: Array<{key: string; message: string}> = [];
	const {show_from: from, show_until: until, pinned} = data;
	for (const [key, value] of [['show_from', from], ['show_until', until]] as const) {
		if (value !== undefined && !isMoment(value)) {
			problems.push({key, message: `"${key}" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T08:00, not "${sanitizeLine(String(value))}"`});
		}
	}

	if (isMoment(from) && isMoment(until) && isEmptyWindow({from, until}, 'America/Toronto')) {
		problems.push({key: 'show_until', message: `"show_until" (${sanitizeLine(until)}) is before "show_from" (${sanitizeLine(from)}); the post would never show`});
	}

	if (pinned !== undefined && typeof pinned !== 'boolean') {
		problems.push({key: 'pinned', message: `"pinned" must be true or false, not "${sanitizeLine(String(pinned))}"`});
	}

	return problems;
}

/** The schedule's fields of front matter that passed scheduleProblems. */
export function scheduleFields(data: Record<string, unknown>): {readonly showFrom?: string; readonly showUntil?: string; readonly pinned?: true} {
	const {show_from: from, show_until: until} = data;
	return {...(typeof from === 'string' ? {showFrom: from.trim()} : {}), ...(typeof until === 'string' ? {showUntil: until.trim()} : {}), ...(data['pinned'] === true ? {pinned: true} : {})};
}
