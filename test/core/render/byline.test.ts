import {describe, expect, test, vi} from 'vitest';
import {formatByline, formatLongDate} from '../../../source/core/render/byline.js';
import {fakePost} from '../../helpers/content.js';

describe('formatLongDate', () => {
	test.each([
		['2022-10-03', 'October 3, 2022'],
		['2026-01-01', 'January 1, 2026'],
		['2024-02-29', 'February 29, 2024'],
		['1999-12-31', 'December 31, 1999'],
	])('%s is %s', (iso, expected) => {
		expect(formatLongDate(iso)).toBe(expected);
	});

	test('writes every month as Intl\'s en-CA long date does', () => {
		const intl = new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
		for (let month = 1; month <= 12; month++) {
			for (const day of [1, 9, 28]) {
				const iso = `2031-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
				expect(formatLongDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
			}
		}
	});

	test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Toronto'])('is the same day in %s: the date is read and written in UTC', async zone => {
		// The formatter is made when the module loads, so load it afresh in the zone.
		vi.stubEnv('TZ', zone);
		vi.resetModules();
		try {
			const fresh = await import('../../../source/core/render/byline.js');
			expect(fresh.formatLongDate('2026-01-01')).toBe('January 1, 2026');
		} finally {
			vi.unstubAllEnvs();
		}
	});
});

describe('formatByline', () => {
	test.each([
		['author, date and reading time', {author: 'Khairunnisa Hemani', date: '2022-10-03', readingMinutes: 4}, 'Khairunnisa Hemani · October 3, 2022 · 4 min read'],
		['no author', {date: '2022-10-03', readingMinutes: 1}, 'October 3, 2022 · 1 min read'],
		['no date', {author: 'A. Writer', date: '', readingMinutes: 12}, 'A. Writer · 12 min read'],
		['only the reading time', {date: '', readingMinutes: 2}, '2 min read'],
	])('%s', (_, fields, expected) => {
		expect(formatByline(fakePost('x', fields))).toBe(expected);
	});

	test('takes another separator, as the plain article does', () => {
		expect(formatByline(fakePost('x', {author: 'A. Writer', date: '2022-10-03', readingMinutes: 4}), ' - ')).toBe('A. Writer - October 3, 2022 - 4 min read');
	});
});
