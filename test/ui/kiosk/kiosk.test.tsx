import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {countWords} from '../../../source/core/content/post.js';
import {createContentLoader} from '../../../source/core/kiosk/content-reload.js';
import {createContentFeed} from '../../../source/core/kiosk/content-watch.js';
import {fakePost, makeContent, postText} from '../../helpers/content.js';
import {type KioskHarness, clinic, decodeQr, elapse, expectedQr, fakeFeed, fakeKioskClock, flush, renderKiosk} from '../../helpers/kiosk.js';
import {keys} from '../../helpers/press.js';

const words = (count: number) => Array.from({length: count}, (_, index) => `word${index}`).join(' ');
const longBody = Array.from({length: 60}, (_, index) => `Paragraph number ${index + 1} of the article.`).join('\n\n');
const posts = [
	// 2 title words and 28 body words: 30 words, 10 s at 180 wpm.
	fakePost('short', {title: 'Short one', date: '2026-01-20', body: words(28), author: 'Ann Author'}),
	// 6 words: the 5 s minimum.
	fakePost('middle', {title: 'Middle post', date: '2026-01-15', body: 'Tiny body here.'}),
	fakePost('long', {title: 'Long read', date: '2026-01-10', body: longBody}),
];

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	vi.useRealTimers();
});

function start(options: Parameters<typeof renderKiosk>[0] = {}) {
	fakeKioskClock();
	const feed = fakeFeed(options.posts ?? posts);
	const kiosk = renderKiosk({feed, ...options});
	cleanup = kiosk.instance.unmount;
	return {...kiosk, feed};
}

const frameOf = (kiosk: KioskHarness) => kiosk.instance.lastFrame() ?? '';

/** The words of the body on screen: from under the byline to the footer's rule. */
function bodyWords(frame: string, byline: string): number {
	const lines = frame.split('\n');
	const from = lines.findIndex(line => line.includes(byline)) + 1;
	const to = lines.findLastIndex(line => line.includes('────'));
	return countWords(lines.slice(from, to).map(line => line.replaceAll(/[ ▀▄█]{5,}.*$/g, '')).join('\n').replaceAll(/\u001B\[[\d;]*m/g, ''));
}

describe('the rotation', () => {
	test('shows the newest post first, with the clinic, the clock, the phone and the position', async () => {
		const kiosk = start();
		await flush();
		const frame = frameOf(kiosk);
		const lines = frame.split('\n');
		expect(lines[0]).toMatch(/^Test Clinic\s+09:00$/);
		expect(frame).toContain('Ann Author · January 20, 2026');
		expect(frame).toContain('word0 word1');
		expect(lines.at(-2)).toMatch(/^905-555-0100 {2}· {2}Book online\s+1 \/ 3$/);
		expect(lines).toHaveLength(29);
		expect(lines.every(line => line.replaceAll(/\u001B\[[\d;]*m/g, '').length <= 100)).toBe(true);
	});

	test('holds each screenful for its words at the pace, clamped, then moves on: pages, then the next post', async () => {
		const kiosk = start();
		await flush();
		await elapse(9900, 100);
		expect(frameOf(kiosk)).toContain('1 / 3');
		await elapse(200, 100);
		expect(frameOf(kiosk)).toContain('2 / 3');
		expect(frameOf(kiosk)).toContain('Tiny body here.');

		await elapse(4800, 100);
		expect(frameOf(kiosk)).toContain('2 / 3');
		await elapse(200, 100);
		const first = frameOf(kiosk);
		expect(first).toMatch(/page 1 of \d+ {2}· {2}3 \/ 3/);
		expect(first).toContain('Paragraph number 1 of');

		// The first page holds its body's words and the title's two.
		const ms = Math.round(((bodyWords(first, 'January 10, 2026') + 2) / 180) * 60_000);
		expect(ms).toBeGreaterThan(5000);
		await elapse(ms - 200, 100);
		expect(frameOf(kiosk)).toMatch(/page 1 of/);
		await elapse(300, 100);
		expect(frameOf(kiosk)).toMatch(/page 2 of/);
		expect(frameOf(kiosk)).not.toContain('Paragraph number 1 of');
	});

	test('shuffle and tag choose the posts', async () => {
		const kiosk = start({settings: {wpm: 180, minSeconds: 5, maxSeconds: 60, order: 'newest', tag: 'KNEES'}, posts: [...posts, fakePost('knee', {title: 'Knee care', tags: ['knees']})]});
		await flush();
		expect(frameOf(kiosk)).toContain('1 / 1');
		expect(frameOf(kiosk)).toContain('Body of knee.');
		await elapse(20_000);
		expect(frameOf(kiosk)).toContain('Body of knee.');
	});

	test('the clock follows the wall clock minute by minute, and a jump back is caught within a minute', async () => {
		const kiosk = start();
		await flush();
		await elapse(59_000, 59_000);
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/09:00$/);
		await elapse(1000);
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/09:01$/);
		vi.setSystemTime(new Date('2026-01-15T12:30:10Z'));
		await elapse(60_000, 5000);
		expect(frameOf(kiosk)).toMatch(/Test Clinic\s+07:31\n/);
	});
});

describe('the QR code', () => {
	test('encodes a tel: link to the phone when there is no booking page, dark on light', async () => {
		const kiosk = start();
		await flush();
		expect(frameOf(kiosk)).toContain('Scan to call us');
		expect(decodeQr(frameOf(kiosk))).toEqual(expectedQr('tel:+19055550100'));
	});

	test('encodes the booking page when clinic.yml has one; --no-qr leaves it out', async () => {
		const kiosk = start();
		await flush();
		kiosk.feed.set({clinic: {...clinic, bookingUrl: 'https://example.com/book'}});
		await flush();
		expect(frameOf(kiosk)).toContain('Scan to book');
		expect(decodeQr(frameOf(kiosk))).toEqual(expectedQr('https://example.com/book'));
		kiosk.rerender({qr: false});
		await flush();
		expect(decodeQr(frameOf(kiosk))).toEqual([]);
		expect(frameOf(kiosk)).toContain('905-555-0100');
	});

	test('is left out where it does not fit, the phone number stays', async () => {
		const kiosk = start({width: 80, height: 23});
		await flush();
		expect(decodeQr(frameOf(kiosk))).toEqual([]);
		expect(frameOf(kiosk)).toContain('905-555-0100');
	});
});

describe('keys', () => {
	test('left and right step through the posts; q quits', async () => {
		const kiosk = start();
		await flush();
		kiosk.instance.stdin.write(keys.right);
		await flush();
		expect(frameOf(kiosk)).toContain('2 / 3');
		kiosk.instance.stdin.write(keys.left);
		await flush();
		kiosk.instance.stdin.write(keys.left);
		await flush();
		expect(frameOf(kiosk)).toContain('3 / 3');
		kiosk.instance.stdin.write('q');
		await flush();
		expect(kiosk.exit.exited).toBe(true);
	});

	test('Ctrl-C quits without --lock', async () => {
		const kiosk = start();
		await flush();
		kiosk.instance.stdin.write('\u0003');
		await flush();
		expect(kiosk.exit.exited).toBe(true);
	});

	test('--lock ignores every key, Ctrl-C and Ctrl-Z included, and keeps rotating', async () => {
		const kiosk = start({lock: true});
		await flush();
		const before = frameOf(kiosk);
		for (const key of ['q', '\u0003', '\u001A', '\u001C', keys.right, keys.left, keys.escape, 'qqqq', 'x', keys.enter]) {
			kiosk.instance.stdin.write(key);
			await flush();
		}

		expect(kiosk.exit.exited).toBe(false);
		expect(frameOf(kiosk)).toBe(before);
		await elapse(10_100, 100);
		expect(frameOf(kiosk)).toContain('2 / 3');
	});
});

describe('content changes', () => {
	test('a new post shows next; a removed post on screen gives way at once; an edit shows in place', async () => {
		const kiosk = start();
		await flush();
		const {feed} = kiosk;
		feed.set({posts: [fakePost('fresh', {title: 'Fresh post', date: '2026-02-01'}), ...posts]});
		await flush();
		expect(frameOf(kiosk)).toContain('1 / 4');
		await elapse(10_100, 100);
		expect(frameOf(kiosk)).toContain('Body of fresh.');
		expect(frameOf(kiosk)).toContain('2 / 4');

		feed.set({posts: [fakePost('fresh', {title: 'Fresh post', date: '2026-02-01', body: 'Edited body.'}), ...posts]});
		await flush();
		expect(frameOf(kiosk)).toContain('Edited body.');

		feed.set({posts});
		await flush();
		expect(frameOf(kiosk)).toContain('Tiny body here.');
		expect(frameOf(kiosk)).toContain('2 / 3');
	});

	test('a post joins the rotation when its show_from comes and leaves at its show_until, minute after minute', async () => {
		// The morning fixture is 09:00 in Toronto.
		const scheduled = [...posts, fakePost('soon', {title: 'Soon post', date: '2026-01-21', showFrom: '2026-01-15T09:02', showUntil: '2026-01-15T09:04'})];
		const kiosk = start({posts: scheduled});
		await flush();
		expect(frameOf(kiosk)).toContain('1 / 3');
		await elapse(60_000, 10_000);
		expect(frameOf(kiosk)).toContain('/ 3');
		await elapse(60_000, 10_000);
		expect(frameOf(kiosk)).toContain('/ 4');
		await elapse(120_000, 10_000);
		expect(frameOf(kiosk)).toContain('/ 3');
	});

	test('no posts: the contact card, until posts come back', async () => {
		const kiosk = start({posts: []});
		await flush();
		const frame = frameOf(kiosk);
		expect(frame).toMatch(/Phone\s+905-555-0100/);
		expect(frame).toContain('no posts to show yet');
		expect(decodeQr(frame)).toEqual(expectedQr('tel:+19055550100'));
		kiosk.feed.set({posts});
		await flush();
		expect(frameOf(kiosk)).toContain('1 / 3');
	});

	test('the real feed: a post dropped into the folder shows without a restart, a broken one keeps its last version', async () => {
		fakeKioskClock();
		const directory = makeContent({'a.md': postText({title: 'First post', date: '2026-01-02'}, 'Alpha body.')});
		const feed = createContentFeed(createContentLoader(directory, clinic), {watch: () => {
			throw new Error('no watching here: the rescan must do');
		}});
		const kiosk = renderKiosk({feed});
		cleanup = kiosk.instance.unmount;
		await flush();
		expect(frameOf(kiosk)).toContain('Alpha body.');
		writeFileSync(path.join(directory, 'posts', 'b.md'), postText({title: 'Second post', date: '2026-01-03'}, 'Beta body.'));
		writeFileSync(path.join(directory, 'posts', 'a.md'), '---\ntitle: [half a save\n');
		await elapse(30_000, 5000);
		expect(frameOf(kiosk)).toContain('1 / 2');
		await elapse(6000);
		expect(frameOf(kiosk)).toContain('Beta body.');
		await elapse(6000);
		expect(frameOf(kiosk)).toContain('Alpha body.');
		rmSync(path.join(directory, 'posts'), {recursive: true});
		await elapse(30_000, 5000);
		expect(frameOf(kiosk)).toContain('waiting for the content folder');
	});
});

describe('screens', () => {
	test('too small: a centred message, and the display comes back when the size allows', async () => {
		const kiosk = start({width: 60, height: 19});
		await flush();
		expect(frameOf(kiosk)).toContain('Make this window at least 80×24 (now 60×20).');
		kiosk.rerender({width: 80, height: 23});
		await flush();
		expect(frameOf(kiosk)).toContain('1 / 3');
		expect(frameOf(kiosk).split('\n').every(line => line.length <= 80)).toBe(true);
	});

	test('quiet hours: a dim clock and the contact card, then the posts again', async () => {
		// 06:59 in Toronto, a minute before quiet hours (20:00-07:00) end.
		fakeKioskClock(new Date('2026-01-15T11:59:00Z'));
		const kiosk = renderKiosk({posts, quietHours: {start: 20 * 60, end: 7 * 60}});
		cleanup = kiosk.instance.unmount;
		await flush();
		expect(frameOf(kiosk)).toMatch(/Phone\s+905-555-0100/);
		expect(frameOf(kiosk)).not.toContain('1 / 3');
		expect(decodeQr(frameOf(kiosk))).toEqual([]);
		expect(frameOf(kiosk)).toMatch(/[┏━┓╻╹█]/);
		await elapse(60_000, 10_000);
		expect(frameOf(kiosk)).toContain('1 / 3');
	});

	test('the frame moves by a cell every five minutes against burn-in', async () => {
		const kiosk = start();
		await flush();
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/^Test Clinic/);
		await elapse(5 * 60_000, 10_000);
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/^ Test Clinic/);
		await elapse(5 * 60_000, 10_000);
		expect(frameOf(kiosk).split('\n')[0]).toBe('');
		expect(frameOf(kiosk).split('\n')[1]).toMatch(/^ Test Clinic/);
	});
});
