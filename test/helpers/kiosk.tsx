import type {EventEmitter} from 'node:events';
import {render} from 'ink-testing-library';
import QRCode from 'qrcode';
import {useEffect} from 'react';
import {vi} from 'vitest';
import type {Clinic} from '../../source/core/content/clinic.js';
import type {ContentState} from '../../source/core/kiosk/content-reload.js';
import {renderTerminalMarkdown} from '../../source/core/render/markdown-terminal.js';
import type {Post} from '../../source/core/content/post.js';
import type {ContentFeed} from '../../source/core/kiosk/content-watch.js';
import {Kiosk, type KioskProps} from '../../source/ui/kiosk/kiosk.js';

export const clinic: Clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online', timezone: 'America/Toronto'};
export const renderBody = (post: Post, width: number) => renderTerminalMarkdown(post.body, {width, colorLevel: 0, hyperlinks: false});

/** Thursday 2026-01-15 09:00 in Toronto; minute 0 of a burn-in step, so the frame is not shifted. */
export const morning = new Date('2026-01-15T14:00:00Z');

export type FakeFeed = ContentFeed & {readonly set: (change: Partial<ContentState>) => void; readonly listeners: () => number};

/** A content feed the test sets by hand. */
export function fakeFeed(posts: readonly Post[], clinicOverride: Clinic = clinic): FakeFeed {
	let state: ContentState = {posts, clinic: clinicOverride, notices: [], missing: false, problems: [], version: 1};
	const listeners = new Set<() => void>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		getSnapshot: () => state,
		set(change) {
			state = {...state, ...change, version: state.version + 1};
			for (const listener of listeners) {
				listener();
			}
		},
		listeners: () => listeners.size,
	};
}

/** Fake the clocks the kiosk reads; setImmediate stays real so React and Ink can flush. */
export function fakeKioskClock(start = morning): void {
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'], now: start});
}

/** Let React commit and run effects, with the fake clocks standing still. */
export async function flush(): Promise<void> {
	for (let round = 0; round < 3; round++) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** Move the fake clocks on in steps no longer than `step`, flushing React between them, as real time would. */
export async function elapse(ms: number, step = 1000): Promise<void> {
	for (let left = ms; left > 0; left -= step) {
		vi.advanceTimersByTime(Math.min(step, left));
		await flush();
	}
}

type Options = Partial<KioskProps> & {readonly posts?: readonly Post[]; readonly feed?: ContentFeed};

/** What the tests use of ink-testing-library's instance. */
export type KioskInstance = {
	readonly lastFrame: () => string | undefined;
	readonly frames: string[];
	readonly stdin: EventEmitter & {readonly write: (data: string) => void};
	readonly stdout: EventEmitter;
	readonly unmount: () => void;
	readonly rerender: (tree: React.ReactElement) => void;
};

export type KioskHarness = {
	readonly instance: KioskInstance;
	readonly feed: ContentFeed;
	readonly exit: {exited: boolean};
	readonly props: KioskProps;
	readonly rerender: (change: Partial<KioskProps>) => void;
};

/** Render the kiosk at 100×30 (a frame of 29 rows) with a fake feed; `exited` turns true when Ink unmounts it. */
export function renderKiosk({posts = [], ...options}: Options = {}): KioskHarness {
	const feed = options.feed ?? fakeFeed(posts);
	const exit = {exited: false};
	function Probe(props: KioskProps) {
		useEffect(() => () => {
			exit.exited = true;
		}, []);
		return <Kiosk {...props} />;
	}

	const props: KioskProps = {feed, settings: {wpm: 180, minSeconds: 5, maxSeconds: 60, order: 'newest'}, width: 100, height: 29, renderBody, random: () => 0.5, ...options};
	const instance: KioskInstance = render(<Probe {...props} />);
	return {instance, feed, exit, props, rerender: (change: Partial<KioskProps>) => {
		instance.rerender(<Probe {...props} {...change} />);
	}};
}

// Ink re-emits styles code by code: black foreground, white background, the row, then the background ends.
const qrRowPattern = /\u001B\[30m\u001B\[47m(?:\u001B\[[\d;]*m)*([ ▀▄█]+)(?:\u001B\[39m)?\u001B\[49m/;

/** Read the QR code back from a frame: the dark-on-light rows, two modules a character, as a module matrix. */
export function decodeQr(frame: string): boolean[][] {
	const rows = frame.split('\n').map(line => qrRowPattern.exec(line)?.[1]).filter((row): row is string => row !== undefined);
	return rows.flatMap(row => {
		const cells = [...row];
		return [cells.map(cell => cell === '▀' || cell === '█'), cells.map(cell => cell === '▄' || cell === '█')];
	});
}

/** What the library makes of `text` at level M, inside a four-module light quiet zone, as rows of modules. */
export function expectedQr(text: string): boolean[][] {
	const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'});
	const side = modules.size + 8;
	// Half blocks draw an even number of rows: an odd side gains one more light row.
	return Array.from({length: side + (side % 2)}, (_, row) => Array.from({length: side}, (_, column) => {
		const r = row - 4;
		const c = column - 4;
		return r >= 0 && c >= 0 && r < modules.size && c < modules.size && Boolean(modules.get(r, c));
	}));
}
