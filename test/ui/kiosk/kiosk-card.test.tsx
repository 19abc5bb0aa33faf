import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {KioskCard} from '../../../source/ui/kiosk/kiosk-card.js';
import {inColour} from '../../helpers/colour.js';
import {inTheme} from '../../helpers/paint.js';


const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online', hours: 'Mon–Fri 8–8'};
const card = [
	'┌────────────────────────────────────────────────┐',
	'│  Test Clinic                                   │',
	'│                                                │',
	'│  Phone    905-555-0100                         │',
	'│  Book     Book online                          │',
	'│  Address  Mississauga                          │',
	'│  Hours    Mon–Fri 8–8                          │',
	'└────────────────────────────────────────────────┘',
];

describe('KioskCard', () => {
	test('the contact card, aligned, in a box in the middle of the screen', () => {
		expect(frame(<KioskCard clinic={clinic} width={50} height={10} />)).toBe(['', ...card, ''].join('\n'));
	});

	test('a box of 60 columns at most, centred on a wide screen', () => {
		const lines = frame(<KioskCard clinic={clinic} width={100} height={8} />).split('\n');
		expect(lines[0]).toBe(`${' '.repeat(20)}┌${'─'.repeat(58)}┐`);
		expect(lines[1]).toBe(`${' '.repeat(20)}│  Test Clinic${' '.repeat(45)}│`);
	});

	test('the QR code beside the card and lines above it, such as the quiet hours\' clock', () => {
		expect(frame(<KioskCard clinic={clinic} width={70} height={12} qr={{rows: ['▀▄', '▄▀'], caption: 'Scan', deep: false}} above={['9:00']} />)).toBe([
			'',
			'                                 9:00',
			'',
			'  ┌──────────────────────────────────────────────────────────┐',
			'  │  Test Clinic                                             │',
			'  │                                                          │',
			'  │  Phone    905-555-0100                                   │    \u001B[30m\u001B[47m▀▄\u001B[49m\u001B[39m',
			'  │  Book     Book online                                    │    \u001B[30m\u001B[47m▄▀\u001B[49m\u001B[39m',
			'  │  Address  Mississauga                                    │   Scan',
			'  │  Hours    Mon–Fri 8–8                                    │',
			'  └──────────────────────────────────────────────────────────┘',
			'',
		].join('\n'));
	});
});

describe('KioskCard in quiet hours', () => {
	inColour();

	test('dim: the border and the name are dimmed instead of in the theme\'s bold accent', () => {
		const bright = frame(inTheme(<KioskCard clinic={clinic} width={50} height={8} />)).split('\n');
		const dim = frame(inTheme(<KioskCard clinic={clinic} width={50} height={8} dim />)).split('\n');
		// The border is the text's own colour: no theme measures a border colour.
		expect(bright[0]).toBe(card[0]);
		expect(bright[1]).toContain('\u001B[96m\u001B[1mTest Clinic\u001B[22m\u001B[39m');
		expect(dim[0]).toBe(`\u001B[2m${card[0]}\u001B[22m`);
		expect(dim[1]).toContain('\u001B[2mTest Clinic\u001B[22m');
	});
});
