import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {ContactCard} from '../../../source/ui/reader/contact-card.js';


const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online', bookingUrl: 'https://example.com/book', email: 'front@example.com', hours: 'Mon–Fri 8–8'};

describe('ContactCard', () => {
	test('the name and every contact row, aligned, in a round box as wide as the screen up to 72 columns, in the middle', () => {
		expect(frame(<ContactCard clinic={clinic} width={60} height={13} />)).toBe([
			'',
			'╭──────────────────────────────────────────────────────────╮',
			'│  Test Clinic                                             │',
			'│                                                          │',
			'│  Phone    905-555-0100                                   │',
			'│  Book     Book online: https://example.com/book          │',
			'│  Email    front@example.com                              │',
			'│  Address  Mississauga                                    │',
			'│  Hours    Mon–Fri 8–8                                    │',
			'│                                                          │',
			'│  Press any key to go back.                               │',
			'╰──────────────────────────────────────────────────────────╯',
			'',
		].join('\n'));
	});

	test('a narrow screen wraps a long value inside the box, under the value', () => {
		const lines = frame(<ContactCard clinic={clinic} width={36} height={14} />).split('\n');
		expect(lines.every(line => line.length <= 36)).toBe(true);
		expect(lines).toContain('│  Book     Book online: https://  │');
		expect(lines).toContain('│           example.com/book       │');
	});
});
