/** A calendar day, as the clinic's wall calendar shows it. */
/** The clinic's zone when clinic.yml names none. */
export const defaultTimeZone = 'America/Toronto';

export type CalendarDate = {readonly year: number; readonly month: number; readonly day: number};

/** The wall clock in a zone at an instant: the day, minutes after midnight, and the weekday (0 is Monday). */
export type WallClock = CalendarDate & {readonly minutes: number; readonly weekday: number};

const minute = 60_000;
const dayMs = 24 * 60 * minute;

// One formatter per zone: building one costs far more than formatting with it.
const formats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
		formats.set(timeZone, format);
	}

	return format;
}

function fields(instant: number, timeZone: string): {readonly year: number; readonly month: number; readonly day: number; readonly hour: number; readonly minute: number; readonly second: number} {
	const parts = partsFormat(timeZone).formatToParts(instant);
	const value = (type: string) => Number(parts.find(part => part.type === type)?.value ?? 0);
	// Some engines print midnight as 24 even with h23.
	return {year: value('year'), month: value('month'), day: value('day'), hour: value('hour') % 24, minute: value('minute'), second: value('second')};
}

/** Monday 0 … Sunday 6 for a calendar day. */
export function weekdayOf(date: CalendarDate): number {
	return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function wallClock(instant: number, timeZone: string): WallClock {
	const {year, month, day, hour, minute: minutes} = fields(instant, timeZone);
	return {year, month, day, minutes: (hour * 60) + minutes, weekday: weekdayOf({year, month, day})};
}

/** The zone's offset from UTC at an instant, in milliseconds (−5 h for Toronto in winter). */
export function zoneOffset(instant: number, timeZone: string): number {
	const {year, month, day, hour, minute: minutes, second} = fields(instant, timeZone);
	return Date.UTC(year, month - 1, day, hour, minutes, second) - (Math.floor(instant / 1000) * 1000);
}

/**
The instant the zone's clocks show `minutes` after midnight of `date` (past 24:00 runs into the next day). A time that
DST skips (02:30 on a spring-forward night) is the instant as far past the jump; a repeated one is its first showing.
*/
export function zonedInstant(date: CalendarDate, minutes: number, timeZone: string): number {
	const local = Date.UTC(date.year, date.month - 1, date.day) + (minutes * minute);
	const first = zoneOffset(local, timeZone);
	const guess = local - first;
	const second = zoneOffset(guess, timeZone);
	if (second === first) {
		return guess;
	}

	const retry = local - second;
	return zoneOffset(retry, timeZone) === second ? retry : guess;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
	const moved = new Date(Date.UTC(date.year, date.month - 1, date.day) + (days * dayMs));
	return {year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate()};
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** "2026-12-25". */
export function isoDay(date: CalendarDate): string {
	return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whether the parts name a day the calendar has (not February 30). */
export function isCalendarDate({year, month, day}: CalendarDate): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-12-25" → its parts; the caller has checked it is a real date. */
export function parseIsoDay(text: string): CalendarDate {
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	return {year, month, day};
}

/** "2026-12-01T20:00:00-05:00": the instant as the clinic's clocks show it, with their offset. */
export function zonedIso(instant: number, timeZone: string): string {
	const offset = Math.round(zoneOffset(instant, timeZone) / minute);
	const {year, month, day, hour, minute: minutes, second} = fields(instant, timeZone);
	const sign = offset < 0 ? '-' : '+';
	const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minutes)}:${pad(second)}${zone}`;
}

/** A 12- or 24-hour clock face. */
export type ClockStyle = 12 | 24;

/** Minutes after midnight as "08:05" (24) or "8:05 AM" (12). */
export function formatMinutes(minutes: number, clock: ClockStyle = 24): string {
	const hour = Math.floor(minutes / 60) % 24;
	const rest = pad(minutes % 60);
	return clock === 24 ? `${pad(hour)}:${rest}` : `${((hour + 11) % 12) + 1}:${rest} ${hour < 12 ? 'AM' : 'PM'}`;
}
