import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseKioskOptions} from '../../source/args/kiosk-options.js';

describe('parseKioskOptions', () => {
	test('defaults: 180 wpm, 10 to 90 seconds, newest first, a QR code, no lock', () => {
		expect(parseKioskOptions({})).toEqual({settings: {wpm: 180, minSeconds: 10, maxSeconds: 90, order: 'newest'}, qr: true, lock: false, clock: 24, showDate: false});
	});

	test('every flag', () => {
		expect(parseKioskOptions({wpm: '200', minSeconds: '5', maxSeconds: '30', order: 'shuffle', tag: 'knee', qr: false, lock: true, statusFile: 'status.json', quietHours: '20:00-07:00', metricsFile: 'kiosk.prom', clock: '12', date: ''})).toEqual({
			settings: {wpm: 200, minSeconds: 5, maxSeconds: 30, order: 'shuffle', tag: 'knee'},
			qr: false,
			lock: true,
			statusFile: path.resolve('status.json'),
			quietHours: {start: 1200, end: 420},
			metricsFile: path.resolve('kiosk.prom'),
			clock: 12,
			showDate: true,
		});
	});

	test('--clock is 12 or 24; --metrics-file needs a path', () => {
		expect(() => parseKioskOptions({clock: '13'})).toThrow('--clock must be 12 or 24, not "13"');
		expect(() => parseKioskOptions({metricsFile: ' '})).toThrow('--metrics-file needs a path, such as --metrics-file /var/lib/node_exporter/textfile/clinic_read.prom');
	});

	test('a lone bound moves the other default out of its way', () => {
		expect(parseKioskOptions({minSeconds: '120'}).settings).toMatchObject({minSeconds: 120, maxSeconds: 120});
		expect(parseKioskOptions({maxSeconds: '3'}).settings).toMatchObject({minSeconds: 3, maxSeconds: 3});
		expect(parseKioskOptions({minSeconds: '1', maxSeconds: '1'}).settings).toMatchObject({minSeconds: 1, maxSeconds: 1});
	});

	test.each([
		[{wpm: '0'}, '--wpm must be a whole number from 20 to 1000, not "0"'],
		[{wpm: '1e3'}, '--wpm must be a whole number from 20 to 1000, not "1e3"'],
		[{wpm: ''}, '--wpm must be a whole number from 20 to 1000, not ""'],
		[{minSeconds: 'abc'}, '--min-seconds must be a whole number from 1 to 3600, not "abc"'],
		[{maxSeconds: '-5'}, '--max-seconds must be a whole number from 1 to 3600, not "-5"'],
		[{minSeconds: '0'}, '--min-seconds must be a whole number from 1 to 3600, not "0"'],
		[{minSeconds: '20', maxSeconds: '10'}, '--min-seconds (20) must not be more than --max-seconds (10)'],
		[{order: 'oldest'}, '--order must be newest or shuffle, not "oldest"'],
		[{tag: ' '}, '--tag needs a tag, such as --tag arthritis'],
		[{statusFile: ''}, '--status-file needs a path, such as --status-file /run/clinic-kiosk/status.json'],
		[{quietHours: '20:00-20:00'}, '--quiet-hours must be two different 24-hour times, such as 20:00-07:00, not "20:00-20:00"'],
		[{quietHours: '8pm-7am\u001B[2J'}, '--quiet-hours must be two different 24-hour times, such as 20:00-07:00, not "8pm-7am"'],
	])('%j is a usage error', (flags, message) => {
		expect(() => parseKioskOptions(flags)).toThrow(expect.objectContaining({exitCode: 2, message}));
	});
});
