const minute = 60_000;
const hour = 60 * minute;

/** `sync --if-due` asks the server at most this often. */
export const minimumInterval = 15 * minute;
/** Back-off and Retry-After never wait longer than this. */
export const maximumWait = 24 * hour;

/** What the schedule needs from the sync state. */
export type Schedule = {
	readonly lastAttempt?: string;
	readonly nextAllowed?: string;
	readonly failures?: number;
};

/** When `sync --if-due` may ask again: 15 minutes after the last attempt, and not before a pending back-off. */
export function dueAt(schedule: Schedule): Date | undefined {
	const times = [
		schedule.lastAttempt === undefined ? Number.NaN : Date.parse(schedule.lastAttempt) + minimumInterval,
		schedule.nextAllowed === undefined ? Number.NaN : Date.parse(schedule.nextAllowed),
	].filter(time => Number.isFinite(time));
	return times.length === 0 ? undefined : new Date(Math.max(...times));
}

export function isDue(schedule: Schedule, now: Date): boolean {
	const due = dueAt(schedule);
	// A due time more than a day ahead comes from a clock that was set back: don't wait for it.
	return due === undefined || due <= now || due.getTime() - now.getTime() > maximumWait + minimumInterval;
}

/** 1 h after the first failure in a row, then 2 h, 4 h … up to 24 h. */
export function backoffMs(failures: number): number {
	return Math.min(hour * 2 ** Math.max(0, failures - 1), maximumWait);
}

/** A Retry-After header (seconds or an HTTP date) as a time, at most a day ahead; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): Date | undefined {
	if (value === null || value === undefined || value.trim() === '') {
		return undefined;
	}

	const trimmed = value.trim();
	const time = /^\d+$/.test(trimmed) ? now.getTime() + Number(trimmed) * 1000 : Date.parse(trimmed);
	if (!Number.isFinite(time)) {
		return undefined;
	}

	return new Date(Math.min(Math.max(time, now.getTime()), now.getTime() + maximumWait));
}

/** The schedule after a failed attempt: the server's Retry-After if it gave one, else the next back-off step. */
export function afterFailure(schedule: Schedule, now: Date, retryAfter?: Date): Required<Pick<Schedule, 'lastAttempt' | 'nextAllowed' | 'failures'>> {
	const failures = (schedule.failures ?? 0) + 1;
	const next = retryAfter ?? new Date(now.getTime() + backoffMs(failures));
	return {lastAttempt: now.toISOString(), nextAllowed: next.toISOString(), failures};
}
