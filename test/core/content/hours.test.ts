import {describe, expect, test} from 'vitest';
import {parseDayHours, parseOpeningHours, summarizeWeek, weeklyHours} from '../../../source/core/content/hours.js';

describe('parseDayHours', () => {
	test.each([
		['closed', []],
		['Closed', []],
		['08:00-20:00', [{start: 480, end: 1200}]],
		['8:00 - 20:00', [{start: 480, end: 1200}]],
		['13:00-19:00, 08:00-12:00', [{start: 480, end: 720}, {start: 780, end: 1140}]],
		['22:00-02:00', [{start: 1320, end: 1560}]],
		['00:00-24:00', [{start: 0, end: 1440}]],
	])('%s', (text, ranges) => {
		expect(parseDayHours(text)).toEqual(ranges);
	});

	test.each(['8 to 5', '25:00-26:00', '08:60-09:00', '24:00-08:00', '08:00-', ''])('"%s" is a problem', text => {
		expect(typeof parseDayHours(text)).toBe('string');
	});

	test('the same start and end', () => {
		expect(parseDayHours('08:00-08:00')).toBe('"08:00-08:00" opens and closes at the same time');
	});
});

describe('parseOpeningHours', () => {
	test('day names short or long, any case; missing days are closed', () => {
		const {hours, problems} = parseOpeningHours({Monday: '08:00-20:00', sat: '09:00-14:00'}, undefined);
		expect(problems).toEqual([]);
		expect(weeklyHours(hours)).toEqual({mon: ['08:00-20:00'], tue: [], wed: [], thu: [], fri: [], sat: ['09:00-14:00'], sun: []});
	});

	test.each([
		[{funday: '08:00-20:00'}, [], 'hours.funday', '"funday" is not a day (use mon, tue, wed, thu, fri, sat, sun)'],
		[{mon: '8 to 5'}, [], 'hours.mon', 'Monday: "8 to 5" is not "closed" or times such as "08:00-20:00" or "08:00-12:00, 13:00-19:00"'],
		[{mon: 800}, [], 'hours.mon', 'Monday: give times as text, such as "08:00-20:00", or "closed"'],
		[{tue: '08:00-12:00, 11:00-13:00'}, [], 'hours.tue', 'Tuesday: 08:00-12:00 overlaps 11:00-13:00'],
		[{sun: '20:00-03:00', mon: '02:00-09:00'}, [], 'hours.sun', 'Sunday\'s 20:00-03:00 runs into Monday\'s 02:00-09:00'],
		['mon-fri 8-8', [], 'hours', '"hours" must list the days, such as "mon: 08:00-20:00" (or "closed")'],
		[{}, [{date: '2026-02-30', note: 'x'}], 'closures.0', 'closure 1: "2026-02-30" is not a real date (use YYYY-MM-DD)'],
		[{}, [{note: 'no date'}], 'closures.0', 'closure 1: "" is not a real date (use YYYY-MM-DD)'],
		[{}, '2026-12-25', 'closures', '"closures" must be a list of "- date: YYYY-MM-DD" entries, each with a note'],
	] as const)('%j %j → %s', (week, closures, path, message) => {
		expect(parseOpeningHours(week, closures).problems).toEqual([{path, message}]);
	});

	test('a closure without a note is just closed; the note is sanitized', () => {
		const {hours} = parseOpeningHours({}, [{date: '2026-12-25'}, {date: '2026-12-26', note: 'Boxing\u001B[31m Day'}]);
		expect(hours.closures).toEqual([{date: '2026-12-25', note: 'closed'}, {date: '2026-12-26', note: 'Boxing Day'}]);
	});
});

test('summarizeWeek runs equal days together', () => {
	const {hours} = parseOpeningHours({mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00', sat: '09:00-14:00'}, []);
	expect(summarizeWeek(hours)).toBe('Mon–Fri 08:00–20:00 · Sat 09:00–14:00 · Sun closed');
	expect(summarizeWeek(hours, 12)).toBe('Mon–Fri 8:00 AM–8:00 PM · Sat 9:00 AM–2:00 PM · Sun closed');
});
