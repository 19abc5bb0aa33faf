import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {KioskFooter, KioskHeader} from '../../../source/ui/kiosk/kiosk-chrome.js';


const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};

describe('KioskHeader', () => {
	test('the name and the clock over a rule as wide as the frame', () => {
		expect(frame(<KioskHeader name="Test Clinic" clock="Thu 9:00 a.m." width={40} />)).toBe([
			'Test Clinic                Thu 9:00 a.m.',
			'─'.repeat(40),
		].join('\n'));
	});

	test('a long name gives way to the clock, which stays whole on the same line', () => {
		expect(frame(<KioskHeader name="Delta Physiotherapy & Rehab of Mississauga" clock="Thursday 9:00 a.m." width={40} />)).toBe([
			'Delta Physiotherapy…  Thursday 9:00 a.m.',
			'─'.repeat(40),
		].join('\n'));
	});
});

describe('KioskFooter', () => {
	test('phone and booking on the left, the position on the right, under a rule', () => {
		expect(frame(<KioskFooter clinic={clinic} position="page 2 of 3 · 3 / 11" width={60} />)).toBe([
			'─'.repeat(60),
			'905-555-0100  ·  Book online            page 2 of 3 · 3 / 11',
		].join('\n'));
	});

	test('the booking address, else the website, follows the booking line', () => {
		expect(frame(<KioskFooter clinic={{...clinic, website: 'https://example.com'}} position="1 / 2" width={70} />).split('\n')[1])
			.toBe('905-555-0100  ·  Book online  ·  https://example.com             1 / 2');
		expect(frame(<KioskFooter clinic={{...clinic, website: 'https://example.com', bookingUrl: 'https://example.com/book'}} position="1 / 2" width={70} />).split('\n')[1])
			.toBe('905-555-0100  ·  Book online  ·  https://example.com/book        1 / 2');
	});

	test('when the line is too long, the contact is cut and the position stays whole', () => {
		expect(frame(<KioskFooter clinic={{...clinic, website: 'https://example.com/a/long/address'}} position="page 1 of 2 · 1 / 9" width={60} />).split('\n')[1])
			.toBe('905-555-0100  ·  Book online  ·  https…  page 1 of 2 · 1 / 9');
	});
});
