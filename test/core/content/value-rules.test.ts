import {describe, expect, test} from 'vitest';
import {isIsoDate, isWebAddress, nextDay} from '../../../source/core/content/value-rules.js';

describe('value rules', () => {
	test('nextDay crosses months, leap days and years', () => {
		expect([nextDay('2026-01-31'), nextDay('2024-02-28'), nextDay('2025-12-31')]).toEqual(['2026-02-01', '2024-02-29', '2026-01-01']);
	});

	test.each([['2024-02-29', true], ['2023-02-29', false], ['1900-02-29', false], ['2000-02-29', true], ['2026-04-31', false], ['2026-13-01', false], ['2026-00-10', false], ['2026-1-1', false], ['0099-01-01', false], ['0100-01-01', true]])('isIsoDate(%s) is %s', (date, expected) => {
		expect(isIsoDate(date)).toBe(expected);
	});

	test.each([['https://deltaphysio.ca', true], ['http://x.y/z', true], ['ftp://x.y', false], ['javascript:alert(1)', false], ['https://', false], ['deltaphysio.ca', false]])('isWebAddress(%s) is %s', (url, expected) => {
		expect(isWebAddress(url)).toBe(expected);
	});
});
