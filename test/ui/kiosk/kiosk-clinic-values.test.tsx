import {afterEach, describe, expect, test, vi} from 'vitest';
import {checkClinic} from '../../../source/core/check/check-clinic.js';
import {qrProblem} from '../../../source/core/kiosk/qr.js';
import {clinic, fakeFeed, fakeKioskClock, flush, renderKiosk} from '../../helpers/kiosk.js';
import {fakePost} from '../../helpers/content.js';

const longUrl = `https://booking.example.com/clinic?${'ref=waiting-room&'.repeat(200)}`;
let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
	vi.useRealTimers();
});

describe('clinic.yml values check accepts never stop the kiosk', () => {
	test('a booking address too long for a QR code: the kiosk shows none and goes on', async () => {
		fakeKioskClock();
		const longClinic = {...clinic, bookingUrl: longUrl};
		expect(qrProblem(longClinic)).toBe(`"bookingUrl" is too long for a QR code (${longUrl.length} characters); the kiosk shows none`);
		const {instance, exit} = renderKiosk({feed: fakeFeed([fakePost('knee', {title: 'Knee pain'})], longClinic)});
		unmount = instance.unmount;
		await flush();
		expect(exit.exited).toBe(false);
		expect(instance.lastFrame()).toContain('Body of knee.');
		expect(instance.lastFrame()).not.toContain('Scan to book');
	});

	test('check warns of it, on its line, and still passes', () => {
		const text = `name: A\nphone: 905-555-0100\ncity: B\nbooking: C\nbookingUrl: ${longUrl}\n`;
		expect(checkClinic(text)).toEqual([{line: 5, severity: 'warning', message: expect.stringMatching(/^"bookingUrl" is too long for a QR code/)}]);
		expect(checkClinic('name: A\nphone: 905-555-0100\ncity: B\nbooking: C\nbookingUrl: https://example.com/book\n')).toEqual([]);
	});
});
