import {describe, expect, test} from 'vitest';
import {parseOpeningHours} from '../../../source/core/content/hours.js';
import {formatOpening, openingState} from '../../../source/core/content/opening.js';

const zone = 'America/Toronto';

function hoursOf(week: Record<string, string>, closures: unknown = []) {
	const {hours, problems} = parseOpeningHours(week, closures);
	expect(problems).toEqual([]);
	return hours;
}

const clinic = hoursOf(
	{mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-12:00, 13:00-19:00', thu: '08:00-20:00', fri: '08:00-20:00', sat: '09:00-14:00', sun: 'closed'},
	[{date: '2026-12-25', note: 'Christmas Day'}],
);
const lateNights = hoursOf({fri: '18:00-24:00', sat: '00:00-02:00, 20:00-03:00'});
const fallBack = hoursOf({sat: '20:00-02:00'});

describe('openingState and formatOpening', () => {
	test.each([
		// [what, hours, instant (UTC), line, closesAt or opensAt (UTC)]
		['open on a weekday', clinic, '2026-12-01T19:35:00Z', 'Open now · closes 20:00', '2026-12-02T01:00:00.000Z'],
		['closed at the closing minute', clinic, '2026-12-02T01:00:00Z', 'Closed now · opens tomorrow 08:00', '2026-12-02T13:00:00.000Z'],
		['closed before opening, same day', clinic, '2026-12-01T12:59:00Z', 'Closed now · opens 08:00', '2026-12-01T13:00:00.000Z'],
		['open at the opening minute', clinic, '2026-12-01T13:00:00Z', 'Open now · closes 20:00', '2026-12-02T01:00:00.000Z'],
		['Saturday afternoon waits for Monday', clinic, '2026-12-05T20:00:00Z', 'Closed now · opens Monday 08:00', '2026-12-07T13:00:00.000Z'],
		['the lunch break of a two-range day', clinic, '2026-12-02T17:30:00Z', 'Closed now · opens 13:00', '2026-12-02T18:00:00.000Z'],
		['the morning of a two-range day', clinic, '2026-12-02T16:00:00Z', 'Open now · closes 12:00', '2026-12-02T17:00:00.000Z'],
		['a closure day', clinic, '2026-12-25T15:00:00Z', 'Closed today: Christmas Day · opens tomorrow 09:00', '2026-12-26T14:00:00.000Z'],
		['the evening before a closure skips it', clinic, '2026-12-25T02:00:00Z', 'Closed now · opens Saturday 09:00', '2026-12-26T14:00:00.000Z'],
		['DST starts: Saturday waits for Monday in EDT', clinic, '2026-03-07T20:00:00Z', 'Closed now · opens Monday 08:00', '2026-03-09T12:00:00.000Z'],
		['DST starts: Sunday noon in EDT', clinic, '2026-03-08T16:00:00Z', 'Closed now · opens tomorrow 08:00', '2026-03-09T12:00:00.000Z'],
		['DST ends: Sunday in EST', clinic, '2026-11-01T17:00:00Z', 'Closed now · opens tomorrow 08:00', '2026-11-02T13:00:00.000Z'],
		['past midnight, back-to-back days run together', lateNights, '2026-12-05T04:00:00Z', 'Open now · closes 02:00', '2026-12-05T07:00:00.000Z'],
		['past midnight into the spring-forward jump', lateNights, '2026-03-08T06:30:00Z', 'Open now · closes 03:00', '2026-03-08T07:00:00.000Z'],
		['closed just after the jump', lateNights, '2026-03-08T07:00:00Z', 'Closed now · opens Friday 18:00', '2026-03-13T22:00:00.000Z'],
		['past midnight, first 01:30 of the fall-back night', fallBack, '2026-11-01T05:30:00Z', 'Open now · closes 02:00', '2026-11-01T07:00:00.000Z'],
		['past midnight, second 01:30 of the fall-back night', fallBack, '2026-11-01T06:30:00Z', 'Open now · closes 02:00', '2026-11-01T07:00:00.000Z'],
		['a week away names the date', hoursOf({mon: '09:00-17:00'}, [{date: '2026-12-07', note: 'Staff training'}]), '2026-12-01T15:00:00Z', 'Closed now · opens Monday, December 14 09:00', '2026-12-14T14:00:00.000Z'],
	] as const)('%s', (_what, hours, instant, line, change) => {
		const now = Date.parse(instant);
		const state = openingState(hours, now, zone);
		expect(formatOpening(state, now, zone)).toBe(line);
		expect(new Date((state.open ? state.closesAt : state.opensAt)!).toISOString()).toBe(change);
	});

	test('a 12-hour clock', () => {
		const now = Date.parse('2026-12-01T19:35:00Z');
		expect(formatOpening(openingState(clinic, now, zone), now, zone, 12)).toBe('Open now · closes 8:00 PM');
		const saturday = Date.parse('2026-12-05T20:00:00Z');
		expect(formatOpening(openingState(clinic, saturday, zone), saturday, zone, 12)).toBe('Closed now · opens Monday 8:00 AM');
	});

	test('never open: closed with no next opening; always open: no closing', () => {
		const now = Date.parse('2026-12-01T19:35:00Z');
		const never = hoursOf({});
		expect(formatOpening(openingState(never, now, zone), now, zone)).toBe('Closed now');
		const always = hoursOf(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => [day, '00:00-24:00'])));
		expect(openingState(always, now, zone).open).toBe(true);
		expect(formatOpening(openingState(always, now, zone), now, zone)).toMatch(/^Open now/);
	});

	test('the same hours in another zone give other instants', () => {
		const now = Date.parse('2026-12-01T19:35:00Z');
		expect(formatOpening(openingState(clinic, now, 'Europe/London'), now, 'Europe/London')).toBe('Open now · closes 20:00');
		expect(new Date(openingState(clinic, now, 'Europe/London').closesAt!).toISOString()).toBe('2026-12-01T20:00:00.000Z');
	});
});
