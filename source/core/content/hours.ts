import {sanitizeLine} from '../text/sanitize.js';
import {formatMinutes} from './zoned-time.js';
import {isIsoDate} from './value-rules.js';

export const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof dayKeys)[number];
export const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Open from `start` to `end`, minutes after the day's midnight; an `end` past 1440 runs into the next day. */
export type TimeRange = {readonly start: number; readonly end: number};

export type Closure = {readonly date: string; readonly note: string};

/** The week from Monday (index 0) to Sunday; a day with no ranges is closed. */
export type OpeningHours = {readonly week: readonly (readonly TimeRange[])[]; readonly closures: readonly Closure[]};

/** Where in clinic.yml a problem is: `hours`, `hours.mon`, `closures` or `closures.2`. */
export type HoursProblem = {readonly path: string; readonly message: string};

const rangePattern = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;

function clockMinutes(hours: string, minutes: string, allowMidnightEnd: boolean): number | undefined {
	const hour = Number(hours);
	const minute = Number(minutes);
	if (minute > 59 || hour > 24 || (hour === 24 && (minute > 0 || !allowMidnightEnd))) {
		return undefined;
	}

	return (hour * 60) + minute;
}

/** "08:00-12:00, 13:00-19:00" → ranges; an end before the start runs past midnight ("22:00-02:00"). */
export function parseDayHours(value: string): TimeRange[] | string {
	const text = value.trim().toLowerCase();
	if (text === 'closed') {
		return [];
	}

	const ranges: TimeRange[] = [];
	for (const part of text.split(',').map(piece => piece.trim())) {
		const match = rangePattern.exec(part);
		const start = match ? clockMinutes(match[1]!, match[2]!, false) : undefined;
		const end = match ? clockMinutes(match[3]!, match[4]!, true) : undefined;
		if (start === undefined || end === undefined) {
			return `"${sanitizeLine(value)}" is not "closed" or times such as "08:00-20:00" or "08:00-12:00, 13:00-19:00"`;
		}

		if (start === end) {
			return `"${sanitizeLine(part)}" opens and closes at the same time`;
		}

		ranges.push({start, end: end > start ? end : end + (24 * 60)});
	}

	return ranges.sort((a, b) => a.start - b.start);
}

function dayIndex(key: string): number | undefined {
	const name = key.trim().toLowerCase();
	const index = dayKeys.findIndex((short, day) => name === short || name === dayNames[day]!.toLowerCase());
	return index === -1 ? undefined : index;
}

// Midnight at the end of a day reads 24:00, as it was written.
const formatEnd = (end: number, clock: 12 | 24 = 24) => (end === 24 * 60 && clock === 24 ? '24:00' : formatMinutes(end, clock));
const formatRange = ({start, end}: TimeRange) => `${formatMinutes(start)}-${formatEnd(end)}`;

/** Ranges on one day that overlap, and a day's late range that runs into the next day's first. */
function overlaps(week: readonly (readonly TimeRange[])[]): HoursProblem[] {
	const problems: HoursProblem[] = [];
	for (const [day, ranges] of week.entries()) {
		for (const [index, range] of ranges.entries()) {
			const next = ranges[index + 1];
			if (next && next.start < range.end) {
				problems.push({path: `hours.${dayKeys[day]!}`, message: `${dayNames[day]!}: ${formatRange(range)} overlaps ${formatRange(next)}`});
			}
		}

		const late = ranges.at(-1);
		const following = (day + 1) % 7;
		const early = week[following]?.[0];
		if (late && early && late.end > 24 * 60 && early.start < late.end - (24 * 60)) {
			problems.push({path: `hours.${dayKeys[day]!}`, message: `${dayNames[day]!}'s ${formatRange(late)} runs into ${dayNames[following]!}'s ${formatRange(early)}`});
		}
	}

	return problems;
}

function parseWeek(hours: unknown, problems: HoursProblem[]): TimeRange[][] {
	const week: TimeRange[][] = dayKeys.map(() => []);
	if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
		problems.push({path: 'hours', message: '"hours" must list the days, such as "mon: 08:00-20:00" (or "closed")'});
		return week;
	}

	for (const [key, value] of Object.entries(hours)) {
		const day = dayIndex(key);
		const path = `hours.${key}`;
		if (day === undefined) {
			problems.push({path, message: `"${sanitizeLine(key)}" is not a day (use ${dayKeys.join(', ')})`});
			continue;
		}

		const texts = Array.isArray(value) ? value : [value];
		if (!texts.every(text => typeof text === 'string')) {
			problems.push({path, message: `${dayNames[day]!}: give times as text, such as "08:00-20:00", or "closed"`});
			continue;
		}

		const parsed = parseDayHours(texts.join(', '));
		if (typeof parsed === 'string') {
			problems.push({path, message: `${dayNames[day]!}: ${parsed}`});
		} else {
			week[day] = [...week[day]!, ...parsed].sort((a, b) => a.start - b.start);
		}
	}

	return week;
}

function parseClosures(closures: unknown, problems: HoursProblem[]): Closure[] {
	if (closures === undefined || closures === null) {
		return [];
	}

	if (!Array.isArray(closures)) {
		problems.push({path: 'closures', message: '"closures" must be a list of "- date: YYYY-MM-DD" entries, each with a note'});
		return [];
	}

	return closures.flatMap((entry: unknown, index): Closure[] => {
		const item = typeof entry === 'object' && entry !== null ? entry as Record<string, unknown> : {};
		const {date, note} = item;
		if (typeof date !== 'string' || !isIsoDate(date)) {
			problems.push({path: `closures.${index}`, message: `closure ${index + 1}: "${sanitizeLine(String(date ?? ''))}" is not a real date (use YYYY-MM-DD)`});
			return [];
		}

		return [{date, note: typeof note === 'string' && note.trim() !== '' ? sanitizeLine(note) : 'closed'}];
	});
}

/** Read `hours:` and `closures:` from clinic.yml's fields; what cannot be read is a problem, the rest is kept. */
export function parseOpeningHours(hours: unknown, closures: unknown): {readonly hours: OpeningHours; readonly problems: readonly HoursProblem[]} {
	const problems: HoursProblem[] = [];
	const week = parseWeek(hours, problems);
	return {hours: {week, closures: parseClosures(closures, problems)}, problems: [...problems, ...overlaps(week)]};
}

/** Each day's ranges as text ("08:00-20:00"), for `contact --json` and scripts. */
export function weeklyHours(hours: OpeningHours): Record<DayKey, string[]> {
	return Object.fromEntries(dayKeys.map((key, day) => [key, hours.week[day]!.map(range => formatRange(range))])) as Record<DayKey, string[]>;
}

/** "Mon–Fri 08:00–20:00 · Sat 09:00–14:00 · Sun closed": days with the same hours run together. */
export function summarizeWeek(hours: OpeningHours, clock: 12 | 24 = 24): string {
	const shown = hours.week.map(ranges => (ranges.length === 0 ? 'closed' : ranges.map(({start, end}) => `${formatMinutes(start, clock)}–${formatEnd(end, clock)}`).join(', ')));
	const groups: Array<{first: number; last: number; text: string}> = [];
	for (const [day, text] of shown.entries()) {
		const last = groups.at(-1);
		if (last && last.text === text) {
			last.last = day;
		} else {
			groups.push({first: day, last: day, text});
		}
	}

	const short = (day: number) => dayNames[day]!.slice(0, 3);
	return groups.map(({first, last, text}) => `${first === last ? short(first) : `${short(first)}–${short(last)}`} ${text}`).join(' · ');
}
