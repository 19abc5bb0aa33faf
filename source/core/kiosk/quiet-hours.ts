import {timeOfDay} from './clock.js';

/** A daily span in minutes after midnight; `start > end` wraps past midnight (20:00-07:00). */
export type QuietHours = {readonly start: number; readonly end: number};

const pattern = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

function minutes(hours: string, mins: string): number | undefined {
	const hour = Number(hours);
	const minute = Number(mins);
	return hour <= 23 && minute <= 59 ? (hour * 60) + minute : undefined;
}

/** "20:00-07:00" → {start: 1200, end: 420}; undefined when malformed, out of range or empty (start = end). */
export function parseQuietHours(text: string): QuietHours | undefined {
	const match = pattern.exec(text.trim());
	if (!match) {
		return undefined;
	}

	const start = minutes(match[1]!, match[2]!);
	const end = minutes(match[3]!, match[4]!);
	return start === undefined || end === undefined || start === end ? undefined : {start, end};
}

/** Whether the moment falls in the quiet span, read on the clinic's clock; the start is quiet, the end is not. */
export function isQuiet(quiet: QuietHours, date: Date, timeZone: string): boolean {
	const {hour, minute} = timeOfDay(date, timeZone);
	const now = (hour * 60) + minute;
	return quiet.start < quiet.end ? now >= quiet.start && now < quiet.end : now >= quiet.start || now < quiet.end;
}
