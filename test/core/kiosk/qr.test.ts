import QRCode from 'qrcode';
import {describe, expect, test} from 'vitest';
import {qrHalfBlocks, qrModules, qrTarget, quietZone} from '../../../source/core/kiosk/qr.js';

const clinic = {name: 'C', phone: '905-270-3086', city: 'M', booking: 'Call'};

describe('qrTarget', () => {
	test('the booking page first, then the website, then a tel: link from the phone', () => {
		expect(qrTarget({...clinic, bookingUrl: 'https://example.com/book', website: 'https://example.com'})).toBe('https://example.com/book');
		expect(qrTarget({...clinic, website: 'https://example.com'})).toBe('https://example.com');
		expect(qrTarget(clinic)).toBe('tel:+19052703086');
		expect(qrTarget({...clinic, phone: '1 (905) 270-3086'})).toBe('tel:+19052703086');
		expect(qrTarget({...clinic, phone: '+44 20 7946 0958'})).toBe('tel:+442079460958');
		expect(qrTarget({...clinic, phone: '123'})).toBe('tel:123');
	});
});

describe('qrModules and qrHalfBlocks', () => {
	test('the library\'s matrix at level M inside four light modules', () => {
		const text = 'tel:+19052703086';
		const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'});
		const matrix = qrModules(text);
		expect(matrix).toHaveLength(modules.size + (2 * quietZone));
		for (const [row, cells] of matrix.entries()) {
			for (const [column, dark] of cells.entries()) {
				const inside = row >= quietZone && column >= quietZone && row < quietZone + modules.size && column < quietZone + modules.size;
				expect(dark).toBe(inside ? Boolean(modules.get(row - quietZone, column - quietZone)) : false);
			}
		}
	});

	test('two module rows a text row; an odd last row is padded light', () => {
		expect(qrHalfBlocks([[true, false, true, false], [true, true, false, false]])).toEqual(['█▄▀ ']);
		expect(qrHalfBlocks([[true, false], [false, false], [true, false]])).toEqual(['▀ ', '▀ ']);
		const rows = qrHalfBlocks(qrModules('tel:+19052703086'));
		expect(rows).toHaveLength(15);
		expect(rows.every(row => row.length === 29)).toBe(true);
		expect(rows[0]).toBe(' '.repeat(29));
	});
});

describe('a scaled QR code', () => {
	test('each module becomes scale × scale, the quiet zone with it, in half blocks', () => {
		const modules = qrModules('tel:+19052703086');
		const rows = qrHalfBlocks(modules, 2);
		expect(rows).toHaveLength(modules.length);
		expect(rows[0]).toHaveLength(modules.length * 2);
		// At scale 2 a text row is one module row drawn twice over: only full or empty cells.
		for (const [index, row] of rows.entries()) {
			const source = modules[index]!;
			expect(row).toBe(source.map(dark => (dark ? '██' : '  ')).join(''));
		}

		// Four light modules of quiet zone, now eight columns.
		expect(rows[quietZone * 2]!.slice(0, quietZone * 2)).toBe(' '.repeat(quietZone * 2));
		expect(rows[quietZone * 2]![quietZone * 2]).toBe('█');
	});
});
