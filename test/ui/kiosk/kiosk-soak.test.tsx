import {EventEmitter} from 'node:events';
import type {FSWatcher} from 'node:fs';
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import {afterEach, expect, test, vi} from 'vitest';
import {createContentLoader} from '../../../source/core/kiosk/content-reload.js';
import {createContentFeed} from '../../../source/core/kiosk/content-watch.js';
import {makeContent, postText} from '../../helpers/content.js';
import {clinic, flush, renderKiosk} from '../../helpers/kiosk.js';

const minute = 60_000;
// SOAK_DAYS=1 for a quicker run while working on it; the suite runs the week (about 90 s).
const days = Number(process.env['SOAK_DAYS'] ?? 7);

/** The collector, exposed at run time when the test runner did not start Node with --expose-gc. */
function collector(): () => void {
	if (typeof globalThis.gc === 'function') {
		return globalThis.gc;
	}

	v8.setFlagsFromString('--expose-gc');
	return vm.runInNewContext('gc') as () => void;
}

/** fs.watch stand-ins the test fires by hand, counting the open ones. */
function fakeWatchers() {
	const open = new Set<EventEmitter>();
	const listeners = new Map<EventEmitter, () => void>();
	return {
		watch(_directory: string, listener: () => void) {
			const watcher = Object.assign(new EventEmitter(), {
				close() {
					open.delete(watcher);
				},
			});
			open.add(watcher);
			listeners.set(watcher, listener);
			return watcher as unknown as FSWatcher;
		},
		fire() {
			for (const watcher of open) {
				listeners.get(watcher)?.();
			}
		},
		fail() {
			const [first] = open;
			first?.emit('error', new Error('EPERM'));
		},
		open: () => open.size,
	};
}

const listenerTotal = (emitter: EventEmitter) => emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0);

afterEach(() => {
	vi.useRealTimers();
});

test(`a simulated week: ${days * 24 * 60} clock ticks, page turns every minute and hourly content changes leave no trace`, async () => {
	// Date only: the rotation's monotonic clock is Date here, and the real performance API is checked for entries.
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: new Date('2026-03-01T12:00:00Z')});
	const gc = collector();
	const body = Array.from({length: 40}, (_, index) => `Paragraph ${index + 1} of a long article about knees and hips.`).join('\n\n');
	const directory = makeContent({
		'a.md': postText({title: 'Knee pain', date: '2026-01-03'}, body),
		'b.md': postText({title: 'Hip pain', date: '2026-01-02'}, 'Short.'),
	});
	const watchers = fakeWatchers();
	const feed = createContentFeed(createContentLoader(directory, clinic), {watch: watchers.watch});
	const kiosk = renderKiosk({feed, settings: {wpm: 180, minSeconds: 60, maxSeconds: 60, order: 'shuffle'}, random: Math.random, now: () => Date.now()});
	await flush();

	const file = (name: string) => path.join(directory, 'posts', name);
	const changes = [
		() => { writeFileSync(file('c.md'), postText({title: `Added at ${Date.now()}`, date: '2026-02-01'}, body)); },
		() => { writeFileSync(file('a.md'), postText({title: 'Knee pain', date: '2026-01-03'}, `${body}\n\nEdited at ${Date.now()}.`)); },
		() => { writeFileSync(file('a.md'), '---\ntitle: [broken\n'); },
		() => { rmSync(file('c.md'), {force: true}); },
	];

	const sample = () => ({
		timers: vi.getTimerCount(),
		stdout: listenerTotal(kiosk.instance.stdout as unknown as EventEmitter),
		stdin: listenerTotal(kiosk.instance.stdin as unknown as EventEmitter),
		watchers: watchers.open(),
		measures: performance.getEntriesByType('measure').length,
	});

	let clock = '';
	let ticks = 0;
	let baseline: ReturnType<typeof sample> | undefined;
	let heapAfterWarmUp = 0;
	for (let step = 1; step <= days * 24 * 60; step++) {
		if (step % 60 === 0) {
			changes[(step / 60) % changes.length]!();
			watchers.fire();
			if (step % 600 === 0) {
				// An error drops a watcher; the next rescan arms a new one.
				watchers.fail();
			}
		}

		vi.advanceTimersByTime(minute);
		await flush();
		// The test library keeps every frame it was sent; only ours should count.
		kiosk.instance.frames.length = 0;
		const shown = /\d\d:\d\d/.exec(kiosk.instance.lastFrame() ?? '')?.[0] ?? '';
		ticks += shown === clock ? 0 : 1;
		clock = shown;
		if (step % (6 * 60) === 0) {
			baseline ??= sample();
			expect(sample()).toEqual(baseline);
			if (step === 6 * 60) {
				gc();
				heapAfterWarmUp = process.memoryUsage().heapUsed;
			}
		}
	}

	gc();
	const growth = process.memoryUsage().heapUsed - heapAfterWarmUp;
	// Three watched folders: the content folder, posts/ and notices/.
	expect(baseline).toMatchObject({timers: 3, watchers: 3, measures: 0});
	// Ink listens on both streams: a count of 0 would mean the samples above compared nothing with nothing.
	expect(Math.min(baseline!.stdout, baseline!.stdin)).toBeGreaterThan(0);
	expect(growth).toBeLessThan(8 * 1024 * 1024);
	// Every minute of the week was drawn: the clock never stalled.
	expect(ticks).toBe(days * 24 * 60);
	kiosk.instance.unmount();
	await flush();
	expect({timers: vi.getTimerCount(), watchers: watchers.open()}).toEqual({timers: 0, watchers: 0});
}, 900_000);
