import path from 'node:path';
import {usageError} from '../core/errors.js';
import {wholeNumber} from './whole-number.js';
import type {KioskSettings} from '../core/settings/settings.js';
import {parseQuietHours, type QuietHours} from '../core/kiosk/quiet-hours.js';
import type {Order, RotationSettings} from '../core/kiosk/rotation.js';
import {sanitizeLine} from '../core/text/sanitize.js';
import type {ClockStyle} from '../core/content/zoned-time.js';

/** The flags only `kiosk` reads, as meow gives them; cli.ts passes them in. */
export type KioskFlags = {
	readonly wpm?: string | undefined;
	readonly minSeconds?: string | undefined;
	readonly maxSeconds?: string | undefined;
	readonly order?: string | undefined;
	readonly tag?: string | undefined;
	readonly qr?: boolean | undefined;
	readonly lock?: boolean | undefined;
	readonly statusFile?: string | undefined;
	readonly quietHours?: string | undefined;
	readonly metricsFile?: string | undefined;
	readonly clock?: string | undefined;
	/** Shared with `new --date <d>`: for the kiosk, present means "show the date". */
	readonly date?: string | undefined;
};

export type KioskOptions = {
	readonly settings: RotationSettings;
	readonly qr: boolean;
	readonly lock: boolean;
	readonly statusFile?: string;
	readonly quietHours?: QuietHours;
	readonly metricsFile?: string;
	readonly clock: ClockStyle;
	readonly showDate: boolean;
};

export const kioskDefaults = {wpm: 180, minSeconds: 10, maxSeconds: 90, order: 'newest'} as const;
const limits = {wpm: {min: 20, max: 1000}, seconds: {min: 1, max: 3600}} as const;
const orders: readonly Order[] = ['newest', 'shuffle'];

function tagOf(value: string): string {
	const clean = sanitizeLine(value);
	if (clean === '') {
		throw usageError('--tag needs a tag, such as --tag arthritis');
	}

	return clean;
}

/**
Validate kiosk's flags over the settings file's kiosk defaults; every bad value is a one-line usage error (exit 2). A lone --min-seconds above the default
maximum raises the maximum with it, and the other way round; only both given the wrong way round is an error.
*/
export function parseKioskOptions(given: KioskFlags, file: KioskSettings = {}): KioskOptions {
	// The settings file's values are checked when it is read; a flag given wins over each.
	const fromFile = Object.fromEntries(Object.entries(file).map(([name, value]) => [name, typeof value === 'number' ? String(value) : value]));
	const flags: KioskFlags = {...fromFile, ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))};
	const wpm = flags.wpm === undefined ? kioskDefaults.wpm : wholeNumber('wpm', flags.wpm, limits.wpm);
	const givenMin = flags.minSeconds === undefined ? undefined : wholeNumber('min-seconds', flags.minSeconds, limits.seconds);
	const givenMax = flags.maxSeconds === undefined ? undefined : wholeNumber('max-seconds', flags.maxSeconds, limits.seconds);
	if (givenMin !== undefined && givenMax !== undefined && givenMin > givenMax) {
		throw usageError(`--min-seconds (${givenMin}) must not be more than --max-seconds (${givenMax})`);
	}

	const minSeconds = givenMin ?? Math.min(kioskDefaults.minSeconds, givenMax ?? kioskDefaults.minSeconds);
	const maxSeconds = givenMax ?? Math.max(kioskDefaults.maxSeconds, minSeconds);
	const order = flags.order === undefined ? kioskDefaults.order : flags.order.trim();
	if (!orders.includes(order as Order)) {
		throw usageError(`--order must be newest or shuffle, not "${sanitizeLine(order)}"`);
	}

	let quietHours: QuietHours | undefined;
	if (flags.quietHours !== undefined) {
		quietHours = parseQuietHours(flags.quietHours);
		if (!quietHours) {
			throw usageError(`--quiet-hours must be two different 24-hour times, such as 20:00-07:00, not "${sanitizeLine(flags.quietHours)}"`);
		}
	}

	const tag = flags.tag === undefined ? undefined : tagOf(flags.tag);
	if (flags.statusFile?.trim() === '') {
		throw usageError('--status-file needs a path, such as --status-file /run/clinic-kiosk/status.json');
	}

	const statusFile = flags.statusFile === undefined ? undefined : path.resolve(flags.statusFile);
	if (flags.metricsFile?.trim() === '') {
		throw usageError('--metrics-file needs a path, such as --metrics-file /var/lib/node_exporter/textfile/clinic_read.prom');
	}

	const metricsFile = flags.metricsFile === undefined ? undefined : path.resolve(flags.metricsFile);
	const clock = flags.clock === undefined ? '24' : flags.clock.trim();
	if (clock !== '12' && clock !== '24') {
		throw usageError(`--clock must be 12 or 24, not "${sanitizeLine(clock)}"`);
	}
	return {
		settings: {wpm, minSeconds, maxSeconds, order: order as Order, ...(tag === undefined ? {} : {tag})},
		qr: flags.qr ?? true,
		lock: flags.lock ?? false,
		...(statusFile === undefined ? {} : {statusFile}),
		...(quietHours === undefined ? {} : {quietHours}),
		...(metricsFile === undefined ? {} : {metricsFile}),
		clock: clock === '12' ? 12 : 24,
		showDate: flags.date !== undefined,
	};
}
