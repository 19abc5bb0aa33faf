import {describe, expect, test} from 'vitest';
import {burnInShift, formatClock, minuteOf, msUntilNextMinute, timeOfDay} from '../../../source/core/kiosk/clock.js';

describe('formatClock', () => {
	test('HH:MM on a 24-hour clock in the given zone', () => {
		const instant = new Date('2026-01-15T14:05:59Z');
		expect(formatClock(instant, 'America/Toronto')).toBe('09:05');
		expect(formatClock(instant, 'UTC')).toBe('14:05');
		expect(formatClock(new Date('2026-01-15T05:00:00Z'), 'America/Toronto')).toBe('00:00');
		expect(formatClock(new Date('2026-01-16T04:59:00Z'), 'America/Toronto')).toBe('23:59');
	});

	test('follows DST: the spring-forward gap and the fall-back repeat', () => {
		// 2026-03-08 07:00 UTC is 02:00 EST, which becomes 03:00 EDT.
		expect(formatClock(new Date('2026-03-08T06:59:00Z'), 'America/Toronto')).toBe('01:59');
		expect(formatClock(new Date('2026-03-08T07:00:00Z'), 'America/Toronto')).toBe('03:00');
		// 2026-11-01 06:00 UTC is 02:00 EDT, which becomes 01:00 EST.
		expect(formatClock(new Date('2026-11-01T05:59:00Z'), 'America/Toronto')).toBe('01:59');
		expect(formatClock(new Date('2026-11-01T06:00:00Z'), 'America/Toronto')).toBe('01:00');
		expect(timeOfDay(new Date('2026-11-01T06:00:00Z'), 'America/Toronto')).toEqual({hour: 1, minute: 0});
	});

});

describe('timing', () => {
	test('ms to the next minute, never zero', () => {
		expect(msUntilNextMinute(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe(60_000);
		expect(msUntilNextMinute(Date.UTC(2026, 0, 1, 0, 0, 59, 999))).toBe(1);
		expect(msUntilNextMinute(Date.UTC(2026, 0, 1, 0, 0, 15))).toBe(45_000);
		expect(minuteOf(Date.UTC(2026, 0, 1, 0, 1, 59))).toBe(minuteOf(Date.UTC(2026, 0, 1, 0, 1, 0)));
	});

	test('the burn-in shift walks a square every five minutes and comes back', () => {
		const base = Date.UTC(2026, 0, 1, 0, 0);
		const shifts = [0, 4, 5, 10, 15, 20].map(minutes => burnInShift(base + (minutes * 60_000)));
		expect(shifts).toEqual([{x: 0, y: 0}, {x: 0, y: 0}, {x: 1, y: 0}, {x: 1, y: 1}, {x: 0, y: 1}, {x: 0, y: 0}]);
	});
});
