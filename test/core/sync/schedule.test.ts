import {describe, expect, test} from 'vitest';
import {afterFailure, backoffMs, dueAt, isDue, parseRetryAfter} from '../../../source/core/sync/schedule.js';

const now = new Date('2026-12-03T10:00:00Z');
const hour = 3_600_000;

describe('schedule', () => {
	test('due at once with no state; 15 minutes after the last attempt otherwise', () => {
		expect(isDue({}, now)).toBe(true);
		expect(isDue({lastAttempt: '2026-12-03T09:50:00Z'}, now)).toBe(false);
		expect(dueAt({lastAttempt: '2026-12-03T09:50:00Z'})).toEqual(new Date('2026-12-03T10:05:00Z'));
		expect(isDue({lastAttempt: '2026-12-03T09:45:00Z'}, now)).toBe(true);
	});

	test('a pending back-off or Retry-After wins over the 15 minutes', () => {
		expect(isDue({lastAttempt: '2026-12-03T09:00:00Z', nextAllowed: '2026-12-03T11:00:00Z'}, now)).toBe(false);
		expect(isDue({lastAttempt: '2026-12-03T09:00:00Z', nextAllowed: '2026-12-03T10:00:00Z'}, now)).toBe(true);
	});

	test('a due time far beyond any back-off (the clock was set back) does not block forever', () => {
		expect(isDue({lastAttempt: '2027-06-01T00:00:00Z'}, now)).toBe(true);
	});

	test('back-off doubles from 1 h up to 24 h', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 20].map(failures => backoffMs(failures) / hour)).toEqual([1, 2, 4, 8, 16, 24, 24, 24]);
		expect(afterFailure({failures: 2}, now)).toEqual({failures: 3, lastAttempt: '2026-12-03T10:00:00.000Z', nextAllowed: '2026-12-03T14:00:00.000Z'});
		expect(afterFailure({}, now, new Date('2026-12-03T10:02:00Z')).nextAllowed).toBe('2026-12-03T10:02:00.000Z');
	});

	test('Retry-After in seconds or as a date, clamped to now … 24 h; nonsense is ignored', () => {
		expect(parseRetryAfter('120', now)).toEqual(new Date('2026-12-03T10:02:00Z'));
		expect(parseRetryAfter('Thu, 03 Dec 2026 12:00:00 GMT', now)).toEqual(new Date('2026-12-03T12:00:00Z'));
		expect(parseRetryAfter('Thu, 03 Dec 2020 12:00:00 GMT', now)).toEqual(now);
		expect(parseRetryAfter('99999999', now)).toEqual(new Date('2026-12-04T10:00:00Z'));
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(null, now)).toBeUndefined();
	});
});
