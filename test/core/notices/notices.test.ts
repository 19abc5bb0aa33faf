import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {activeNotices, loadNotices, type Notice, nextNoticeChange, parseNotice} from '../../../source/core/notices/notices.js';
import {makeContent} from '../../helpers/content.js';

const zone = 'America/Toronto';
const notice = (slug: string, fields: Partial<Notice>): Notice => ({slug, file: `${slug}.md`, title: slug, priority: 'info', body: '', ...fields});

describe('parseNotice', () => {
	test('title, priority, window and a plain, sanitized body', () => {
		const result = parseNotice('parking', 'parking.md', '---\ntitle: Parking lot closed\npriority: urgent\nfrom: 2026-12-01T07:00\nuntil: 2026-12-01\n---\nPlease park on **Main St**.\u001B]0;x\u0007\n\n\n\nThank you.\n');
		expect(result).toEqual({notice: {slug: 'parking', file: 'parking.md', title: 'Parking lot closed', priority: 'urgent', from: '2026-12-01T07:00', until: '2026-12-01', body: 'Please park on Main St.\n\nThank you.'}});
	});

	test('priority defaults to info', () => {
		expect(parseNotice('a', 'a.md', '---\ntitle: A\n---\n')).toMatchObject({notice: {priority: 'info'}});
	});

	test.each([
		['---\npriority: urgent\n---\n', 'missing title'],
		['---\ntitle: A\npriority: high\n---\n', 'priority must be urgent or info, not "high"'],
		['---\ntitle: A\nfrom: next week\n---\n', '"from" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T14:00'],
		['---\ntitle: A\nuntil: 2026-02-30\n---\n', '"until" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T14:00'],
		['no front matter', 'no front matter (the file must start with a "---" block)'],
	])('%j → %s', (text, problem) => {
		expect(parseNotice('a', 'a.md', text)).toEqual({problem});
	});
});

describe('activeNotices', () => {
	const notices = [
		notice('info-old', {from: '2026-11-20'}),
		notice('urgent', {priority: 'urgent', from: '2026-12-01T07:00', until: '2026-12-01T12:00'}),
		notice('info-new', {from: '2026-11-30'}),
		notice('later', {from: '2026-12-10'}),
		notice('over', {until: '2026-11-30'}),
	];

	test.each([
		// 2026-12-01 06:59 and 07:00 in Toronto (EST, UTC-5), noon, and the next day.
		['2026-12-01T11:59:00Z', ['info-new', 'info-old']],
		['2026-12-01T12:00:00Z', ['urgent', 'info-new', 'info-old']],
		['2026-12-01T16:59:59Z', ['urgent', 'info-new', 'info-old']],
		['2026-12-01T17:00:00Z', ['info-new', 'info-old']],
		// "until: 2026-11-30" shows through that day, in Toronto, not in UTC.
		['2026-12-01T04:59:00Z', ['info-new', 'info-old', 'over']],
		['2026-12-01T05:00:00Z', ['info-new', 'info-old']],
		['2026-12-10T05:00:00Z', ['later', 'info-new', 'info-old']],
	])('at %s', (instant, slugs) => {
		expect(activeNotices(notices, Date.parse(instant), zone).map(active => active.slug)).toEqual(slugs);
	});

	test('an offset or Z is taken as written', () => {
		const exact = [notice('z', {from: '2026-12-01T12:00Z'}), notice('offset', {from: '2026-12-01T12:00+01:00'})];
		expect(activeNotices(exact, Date.parse('2026-12-01T11:30:00Z'), zone).map(active => active.slug)).toEqual(['offset']);
	});

	test('the next change is the nearest start or end to come', () => {
		expect(new Date(nextNoticeChange(notices, Date.parse('2026-12-01T11:00:00Z'), zone)!).toISOString()).toBe('2026-12-01T12:00:00.000Z');
		expect(new Date(nextNoticeChange(notices, Date.parse('2026-12-01T12:00:00Z'), zone)!).toISOString()).toBe('2026-12-01T17:00:00.000Z');
		expect(nextNoticeChange(notices, Date.parse('2027-01-01T00:00:00Z'), zone)).toBeUndefined();
	});
});

describe('loadNotices', () => {
	test('no notices folder is no notices and no warning', () => {
		expect(loadNotices(makeContent({}))).toEqual({notices: [], warnings: []});
	});

	test('bad files are warnings naming the file; the rest load', () => {
		const content = makeContent({});
		const directory = path.join(content, 'notices');
		mkdirSync(directory);
		writeFileSync(path.join(directory, 'good.md'), '---\ntitle: Flu shots\n---\nAsk at the desk.\n');
		writeFileSync(path.join(directory, 'bad.md'), '---\ntitle: Oops\npriority: loud\n---\n');
		writeFileSync(path.join(directory, 'Bad Name.md'), '---\ntitle: X\n---\n');
		writeFileSync(path.join(directory, 'binary.md'), Buffer.from([0x2D, 0, 0x2D]));
		const {notices, warnings} = loadNotices(content);
		expect(notices.map(loaded => loaded.title)).toEqual(['Flu shots']);
		expect(warnings).toEqual([
			`${path.join(directory, 'Bad Name.md')}: file name is not a slug (use lower-case letters, digits, "-", "_" or ".")`,
			`${path.join(directory, 'bad.md')}: priority must be urgent or info, not "loud"`,
			`${path.join(directory, 'binary.md')}: a binary file, not Markdown text; not shown`,
		]);
	});

	test('only regular files are notices: a FIFO or a device never hangs the load, and the size cap holds', () => {
		const content = makeContent({});
		const directory = path.join(content, 'notices');
		mkdirSync(directory);
		execFileSync('mkfifo', [path.join(directory, 'fifo.md')]);
		symlinkSync('/dev/zero', path.join(directory, 'zero.md'));
		writeFileSync(path.join(directory, 'long.md'), `---\ntitle: Long\n---\n${'x'.repeat(64 * 1024)}`);
		const {notices, warnings} = loadNotices(content);
		expect(notices).toEqual([]);
		expect(warnings).toEqual([
			`${path.join(directory, 'fifo.md')}: a named pipe (FIFO), not a file; not shown`,
			`${path.join(directory, 'long.md')}: larger than 64 KB; a notice is a few lines`,
			`${path.join(directory, 'zero.md')}: a device, not a file; not shown`,
		]);
	});
});
