import {describe, expect, test} from 'vitest';
import {isQuiet, parseQuietHours} from '../../../source/core/kiosk/quiet-hours.js';

describe('parseQuietHours', () => {
	test('reads HH:MM-HH:MM into minutes after midnight', () => {
		expect(parseQuietHours('20:00-07:00')).toEqual({start: 1200, end: 420});
		expect(parseQuietHours(' 7:30-9:05 ')).toEqual({start: 450, end: 545});
		expect(parseQuietHours('00:00-23:59')).toEqual({start: 0, end: 1439});
	});

	test.each(['', '20-07', '20:00', '24:00-07:00', '20:60-07:00', '20:00-20:00', '8pm-7am', '20:00 - 07:00', '-1:00-07:00'])('rejects %j', text => {
		expect(parseQuietHours(text)).toBeUndefined();
	});
});

describe('isQuiet', () => {
	const night = parseQuietHours('20:00-07:00')!;
	const lunch = parseQuietHours('12:00-13:00')!;
	// 2026-01-15 is winter in Toronto: UTC-5.
	const toronto = (time: string) => new Date(`2026-01-15T${time}:00-05:00`);

	test.each([
		['19:59', false],
		['20:00', true],
		['23:59', true],
		['00:00', true],
		['06:59', true],
		['07:00', false],
		['12:00', false],
	])('a span over midnight: %s is quiet: %s', (time, quiet) => {
		expect(isQuiet(night, toronto(time), 'America/Toronto')).toBe(quiet);
	});

	test('a span within a day', () => {
		expect(isQuiet(lunch, toronto('11:59'), 'America/Toronto')).toBe(false);
		expect(isQuiet(lunch, toronto('12:30'), 'America/Toronto')).toBe(true);
		expect(isQuiet(lunch, toronto('13:00'), 'America/Toronto')).toBe(false);
	});

	test('reads the clinic\'s clock, not the host\'s: the same instant differs by zone and by DST', () => {
		const instant = new Date('2026-07-01T01:30:00Z');
		// 21:30 in Toronto (EDT, UTC-4), 02:30 in London (BST), 18:30 in Vancouver (PDT).
		expect(isQuiet(night, instant, 'America/Toronto')).toBe(true);
		expect(isQuiet(night, instant, 'Europe/London')).toBe(true);
		expect(isQuiet(night, instant, 'America/Vancouver')).toBe(false);
		// 19:30 local in winter (EST, UTC-5): not yet quiet; an hour later in summer it is.
		expect(isQuiet(night, new Date('2026-01-16T00:30:00Z'), 'America/Toronto')).toBe(false);
	});
});
