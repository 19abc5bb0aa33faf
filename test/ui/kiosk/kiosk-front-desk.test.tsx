import {afterEach, describe, expect, test, vi} from 'vitest';
import {parseOpeningHours} from '../../../source/core/content/hours.js';
import type {Notice} from '../../../source/core/notices/notices.js';
import {bigTitle} from '../../../source/core/kiosk/big-title.js';
import {KioskCard} from '../../../source/ui/kiosk/kiosk-card.js';
import {render} from 'ink-testing-library';
import {fakePost} from '../../helpers/content.js';
import {type KioskHarness, clinic, elapse, fakeFeed, fakeKioskClock, flush, renderKiosk} from '../../helpers/kiosk.js';

const posts = [fakePost('first', {title: 'First post', date: '2026-01-10', body: 'Body of the first post.'}), fakePost('second', {title: 'Second post', date: '2026-01-09', body: 'Body of the second.'})];
const {hours} = parseOpeningHours({mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00', sat: '09:00-14:00'}, [{date: '2026-01-16', note: 'Staff training'}]);
const openClinic = {...clinic, openingHours: hours};
// Toronto is UTC-5 in January: the morning fixture is 09:00 there.
const urgent: Notice = {slug: 'snow', file: 'snow.md', title: 'Closing at noon', priority: 'urgent', body: 'Snow is coming: we close at 12:00 today.', until: '2026-01-15T09:02'};
const info: Notice = {slug: 'flu', file: 'flu.md', title: 'Flu shots this week', priority: 'info', body: ''};

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	vi.useRealTimers();
});

function start(options: Parameters<typeof renderKiosk>[0] & {readonly notices?: readonly Notice[]} = {}, at?: Date): KioskHarness {
	fakeKioskClock(at);
	const feed = fakeFeed(posts, options.feed ? undefined : openClinic);
	feed.set({notices: options.notices ?? []});
	const kiosk = renderKiosk({feed, qr: false, ...options});
	cleanup = kiosk.instance.unmount;
	return kiosk;
}

const frameOf = (kiosk: KioskHarness) => kiosk.instance.lastFrame() ?? '';

describe('opening hours on the kiosk', () => {
	test('open: the header says so beside the clock, and the posts rotate', async () => {
		const kiosk = start();
		await flush();
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/^Test Clinic\s+Open now · closes 20:00 {3}09:00$/);
		expect(frameOf(kiosk)).toContain('Body of the first post.');
	});

	test('closed (a closure day): the dim card with the closure and the next opening; no posts', async () => {
		const kiosk = start({}, new Date('2026-01-16T15:00:00Z'));
		await flush();
		const frame = frameOf(kiosk);
		expect(frame).toContain('Closed today: Staff training · opens tomorrow 09:00');
		expect(frame).not.toContain('Body of the first post.');
	});

	test('the display opens by itself at the opening minute', async () => {
		const kiosk = start({}, new Date('2026-01-15T12:58:00Z'));
		await flush();
		expect(frameOf(kiosk)).toContain('Closed now · opens 08:00');
		await elapse(2 * 60_000, 1000);
		expect(frameOf(kiosk)).toContain('Open now · closes 20:00');
		expect(frameOf(kiosk)).toContain('Body of the first post.');
	});

	test('a 12-hour clock and the date', async () => {
		const kiosk = start({clock: 12, showDate: true});
		await flush();
		expect(frameOf(kiosk).split('\n')[0]).toMatch(/Open now · closes 8:00 PM {3}Thursday, January 15 {2}9:00 AM$/);
	});
});

describe('notices on the kiosk', () => {
	test('an urgent notice shows before each article, then the article; it ends on its own', async () => {
		const kiosk = start({notices: [urgent]});
		await flush();
		const frame = frameOf(kiosk);
		expect(frame).toContain('URGENT NOTICE');
		expect(frame).toContain('Call 905-555-0100  ·  Book online');
		expect(frame).not.toContain('Body of the first post.');
		// Its words at 180 a minute, at least the 5 s minimum.
		await elapse(6000, 500);
		expect(frameOf(kiosk)).toContain('Body of the first post.');
		await elapse(6000, 500);
		expect(frameOf(kiosk)).toContain('URGENT NOTICE');
		await elapse(6000, 500);
		expect(frameOf(kiosk)).toContain('Body of the second.');
		// 09:02: over. The rotation goes on without it.
		await elapse(2 * 60_000, 1000);
		for (let step = 0; step < 10; step++) {
			await elapse(2000, 500);
			expect(frameOf(kiosk)).not.toContain('URGENT NOTICE');
		}
	});

	test('an info notice is a line in the footer', async () => {
		const kiosk = start({notices: [info]});
		await flush();
		const lines = frameOf(kiosk).split('\n');
		expect(lines.at(-3)).toBe('Notice: Flu shots this week');
		expect(lines).toHaveLength(29);
	});

	test('a notice added to the feed shows without a restart', async () => {
		const kiosk = start();
		await flush();
		expect(frameOf(kiosk)).not.toContain('URGENT NOTICE');
		const feed = kiosk.feed as ReturnType<typeof fakeFeed>;
		feed.set({notices: [{...urgent, until: undefined}] as Notice[]});
		await flush();
		await elapse(12_000, 500);
		expect(frameOf(kiosk)).toContain('URGENT NOTICE');
	});
});

test('quiet screen: the big clock\'s rows stay in line', () => {
	const above = bigTitle('14:35', 100, 7)!;
	const {lastFrame, unmount} = render(<KioskCard dim clinic={clinic} width={100} height={28} above={above} />);
	const lines = (lastFrame() ?? '').split('\n').map(line => line.replaceAll(/\u001B\[[\d;]*m/g, ''));
	const columns = above.filter(row => row.trim() !== '').map(row => {
		const at = lines.findIndex(line => line.trimEnd().endsWith(row.trim()) && line.includes(row.trim()));
		return lines[at]!.indexOf(row.trimStart()) - (row.length - row.trimStart().length);
	});
	expect(new Set(columns).size).toBe(1);
	unmount();
});
