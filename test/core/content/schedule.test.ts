import {expect, test} from 'vitest';
import {isEmptyWindow, isMoment, momentInstant, windowPhase} from '../../../source/core/content/schedule.js';

const zone = 'America/Toronto';
const iso = (value: number | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

test.each([
	['2026-12-10', 'start', '2026-12-10T05:00:00.000Z'],
	['2026-12-10', 'end', '2026-12-11T05:00:00.000Z'],
	['2026-12-10T14:00', 'start', '2026-12-10T19:00:00.000Z'],
	['2026-12-10 14:00', 'end', '2026-12-10T19:00:00.000Z'],
	['2026-07-10T14:00', 'start', '2026-07-10T18:00:00.000Z'],
	['2026-03-08', 'end', '2026-03-09T04:00:00.000Z'],
	['2026-11-01', 'start', '2026-11-01T04:00:00.000Z'],
	['2026-11-01', 'end', '2026-11-02T05:00:00.000Z'],
	['2026-12-10T14:00:30Z', 'start', '2026-12-10T14:00:30.000Z'],
	['2026-12-10T14:00-0800', 'start', '2026-12-10T22:00:00.000Z'],
	['2026-12-10T25:00', 'start', undefined],
	['2026-02-30', 'start', undefined],
	['soon', 'start', undefined],
] as const)('%s (%s) → %s', (text, edge, expected) => {
	expect(iso(momentInstant(text, edge, zone))).toBe(expected);
	expect(isMoment(text)).toBe(expected !== undefined);
});

test('windowPhase: before, during (from included), after (until excluded)', () => {
	const window = {from: '2026-12-10', until: '2026-12-12'};
	expect(windowPhase(window, Date.parse('2026-12-10T04:59:59Z'), zone)).toBe('before');
	expect(windowPhase(window, Date.parse('2026-12-10T05:00:00Z'), zone)).toBe('during');
	expect(windowPhase(window, Date.parse('2026-12-13T04:59:59Z'), zone)).toBe('during');
	expect(windowPhase(window, Date.parse('2026-12-13T05:00:00Z'), zone)).toBe('after');
	expect(windowPhase({}, 0, zone)).toBe('during');
	expect(isEmptyWindow({from: '2026-12-10', until: '2026-12-09'}, zone)).toBe(true);
	expect(isEmptyWindow({from: '2026-12-10', until: '2026-12-10'}, zone)).toBe(false);
});
