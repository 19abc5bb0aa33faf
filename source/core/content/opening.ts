import {type Closure, dayNames, type OpeningHours} from './hours.js';
import {addDays, defaultTimeZone, type CalendarDate, type ClockStyle, formatMinutes, isoDay, wallClock, weekdayOf, zonedInstant} from './zoned-time.js';

/** Whether the clinic is open at an instant, and the next change (epoch ms); `closure` on a closed holiday. */
export type OpeningState = {
	readonly open: boolean;
	readonly closesAt?: number;
	readonly opensAt?: number;
	readonly closure?: Closure;
};

type Interval = {readonly start: number; readonly end: number};

// How far ahead to look for the next opening: a closure of a few weeks, never an endless loop.
const horizonDays = 400;

/** The opening intervals of one calendar day (a closure day has none), as instants in the zone. */
function intervalsOn(hours: OpeningHours, date: CalendarDate, timeZone: string): Interval[] {
	const day = isoDay(date);
	if (hours.closures.some(closure => closure.date === day)) {
		return [];
	}

	return hours.week[weekdayOf(date)]!.map(range => ({start: zonedInstant(date, range.start, timeZone), end: zonedInstant(date, range.end, timeZone)}));
}

/** Every interval from the day before `today` on, in order, lazily. */
function* intervalsFrom(hours: OpeningHours, today: CalendarDate, timeZone: string): Generator<Interval> {
	for (let offset = -1; offset <= horizonDays; offset++) {
		yield* intervalsOn(hours, addDays(today, offset), timeZone);
	}
}

/** The state at `instant` (epoch ms) on the clinic's clocks; DST and ranges past midnight included. */
export function openingState(hours: OpeningHours, instant: number, timeZone: string): OpeningState {
	const today = wallClock(instant, timeZone);
	const closure = hours.closures.find(candidate => candidate.date === isoDay(today));
	let closesAt: number | undefined;
	let closes = false;
	for (const interval of intervalsFrom(hours, today, timeZone)) {
		if (closesAt !== undefined) {
			// Back-to-back ranges (22:00-24:00, then 00:00-06:00) are one stretch of opening.
			if (interval.start > closesAt) {
				closes = true;
				break;
			}

			closesAt = Math.max(closesAt, interval.end);
		} else if (interval.start <= instant && instant < interval.end) {
			closesAt = interval.end;
		} else if (interval.start > instant) {
			return {open: false, opensAt: interval.start, ...(closure ? {closure} : {})};
		}
	}

	if (closesAt !== undefined) {
		// Open past the horizon (every day 00:00-24:00): open, with no closing to name.
		return closes ? {open: true, closesAt} : {open: true};
	}

	return {open: false, ...(closure ? {closure} : {})};
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** When a change happens, said from `instant`: "20:00", "tomorrow 08:00", "Monday 08:00", "Monday, January 5 08:00". */
function when(at: number, instant: number, timeZone: string, clock: ClockStyle): string {
	const then = wallClock(at, timeZone);
	const now = wallClock(instant, timeZone);
	const time = formatMinutes(then.minutes, clock);
	const days = Math.round((Date.UTC(then.year, then.month - 1, then.day) - Date.UTC(now.year, now.month - 1, now.day)) / 86_400_000);
	if (days === 0) {
		return time;
	}

	if (days === 1) {
		return `tomorrow ${time}`;
	}

	const weekday = dayNames[then.weekday]!;
	return days < 7 ? `${weekday} ${time}` : `${weekday}, ${monthNames[then.month - 1]!} ${then.day} ${time}`;
}

/**
The one line the contact card, `contact` and the kiosk show: "Open now · closes 20:00", "Closed now · opens Monday
08:00", or on a holiday "Closed today: Christmas Day · opens tomorrow 08:00".
*/
export function formatOpening(state: OpeningState, instant: number, timeZone: string, clock: ClockStyle = 24): string {
	if (state.open) {
		// Closing the same night reads best as a bare time ("closes 02:00"); only a day away names the day.
		const soon = state.closesAt !== undefined && state.closesAt - instant < 86_400_000;
		return state.closesAt === undefined ? 'Open now' : `Open now · closes ${soon ? formatMinutes(wallClock(state.closesAt, timeZone).minutes, clock) : when(state.closesAt, instant, timeZone, clock)}`;
	}

	const head = state.closure ? `Closed today: ${state.closure.note}` : 'Closed now';
	return state.opensAt === undefined ? head : `${head} · opens ${when(state.opensAt, instant, timeZone, clock)}`;
}

/** The instant the state changes next (opening or closing), for a display that must flip on time. */
export function nextChange(state: OpeningState): number | undefined {
	return state.open ? state.closesAt : state.opensAt;
}

/** The clinic's state and line at an instant, in its zone; undefined when clinic.yml gives no day-by-day hours. */
export function clinicOpening(clinic: {readonly openingHours?: OpeningHours; readonly timezone?: string}, instant: number, clock: ClockStyle = 24): {readonly state: OpeningState; readonly line: string} | undefined {
	if (!clinic.openingHours) {
		return undefined;
	}

	const timeZone = clinic.timezone ?? defaultTimeZone;
	const state = openingState(clinic.openingHours, instant, timeZone);
	return {state, line: formatOpening(state, instant, timeZone, clock)};
}
