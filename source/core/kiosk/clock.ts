import {type ClockStyle, formatMinutes} from '../content/zoned-time.js';

/** A minute in milliseconds: the kiosk's clock, heartbeat and metrics all tick on the wall-clock minute. */
export const minute = 60_000;

// One formatter per zone: building one costs far more than formatting. A kiosk uses one or two zones.
const formats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timeZone: string): Intl.DateTimeFormat {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
		formats.set(timeZone, format);
	}

	return format;
}

/** Hours and minutes of the day in the zone, whatever the host's zone is; DST comes from the zone's rules. */
export function timeOfDay(date: Date, timeZone: string): {readonly hour: number; readonly minute: number} {
	const parts = clockFormat(timeZone).formatToParts(date);
	const value = (type: string) => Number(parts.find(part => part.type === type)?.value ?? 0);
	// Some engines print midnight as 24 even with h23.
	return {hour: value('hour') % 24, minute: value('minute')};
}

/** "09:05" on a 24-hour clock, "9:05 AM" on a 12-hour one: the time in the zone. */
export function formatClock(date: Date, timeZone: string, clock: ClockStyle = 24): string {
	const {hour, minute: minutes} = timeOfDay(date, timeZone);
	return formatMinutes((hour * 60) + minutes, clock);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Tuesday, December 1": the day in the zone, for the kiosk's --date. */
export function formatDay(date: Date, timeZone: string): string {
	let format = dayFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {timeZone, weekday: 'long', month: 'long', day: 'numeric'});
		dayFormats.set(timeZone, format);
	}

	return format.format(date);
}

/** Milliseconds from `now` (epoch ms) to the start of the next wall-clock minute; never 0. */
export function msUntilNextMinute(now: number): number {
	return minute - (((now % minute) + minute) % minute);
}

/** Minutes since the epoch: the clock's value, which changes exactly when the shown time does. */
export function minuteOf(now: number): number {
	return Math.floor(now / minute);
}

/**
The burn-in shift for a moment: the frame moves one cell along a small square orbit every `everyMinutes` minutes.
*/
export function burnInShift(now: number, everyMinutes = 5): {readonly x: 0 | 1; readonly y: 0 | 1} {
	const step = Math.floor(minuteOf(now) / everyMinutes) % 4;
	const orbit = [{x: 0, y: 0}, {x: 1, y: 0}, {x: 1, y: 1}, {x: 0, y: 1}] as const;
	return orbit[step]!;
}
