import {describe, expect, test} from 'vitest';
import {isTooSmall, kioskLayout, kioskMinimum, qrBox, qrScale} from '../../../source/core/kiosk/layout.js';

/** The QR code of a clinic's booking address: 29 columns, 15 rows with its caption's row left out. */
const qr = {columns: 29, rows: 15};

describe('kioskLayout', () => {
	test.each([
		['100×29 without a QR code: the text column spans the frame', 100, 29, undefined, {width: 99, height: 28, middle: 24, measure: 99, titleWidth: 99, margin: 0, qr: false, titleBudget: 7}],
		['100×29 with a QR code beside a 67-column text column', 100, 29, qr, {width: 99, height: 28, middle: 24, measure: 67, titleWidth: 99, margin: 0, qr: true, titleBudget: 7}],
		['a wide screen keeps the readable measure and centres the text and the code together', 200, 49, qr, {width: 199, height: 48, middle: 44, measure: 100, titleWidth: 132, margin: 33, qr: true, titleBudget: 13}],
		['a wide screen without a code centres the measure alone', 200, 49, undefined, {width: 199, height: 48, middle: 44, measure: 100, titleWidth: 100, margin: 49, qr: false, titleBudget: 13}],
		['77 columns: the code fits beside a text column of 44, the least', 77, 29, qr, {width: 76, height: 28, middle: 24, measure: 44, titleWidth: 76, margin: 0, qr: true, titleBudget: 7}],
		['80×23 with a smaller code: the title gets the 3 rows above it', 80, 23, {columns: 25, rows: 13}, {width: 79, height: 22, middle: 18, measure: 51, titleWidth: 79, margin: 0, qr: true, titleBudget: 3}],
		['too narrow for 44 columns beside the code: no code', 76, 29, qr, {width: 75, height: 28, middle: 24, measure: 75, titleWidth: 75, margin: 0, qr: false, titleBudget: 7}],
		['too short for two title rows above the code: no code', 100, 22, qr, {width: 99, height: 21, middle: 17, measure: 99, titleWidth: 99, margin: 0, qr: false, titleBudget: 5}],
	])('%s', (_, width, height, code, expected) => {
		expect(kioskLayout(width, height, code)).toEqual(expected);
	});

	test('the title never takes the rows the code needs above it', () => {
		// 24 middle rows, a gap and a code of 15 rows and a caption: 7 rows above the code.
		expect(kioskLayout(100, 29, {columns: 29, rows: 15}).titleBudget).toBe(7);
		expect(kioskLayout(100, 29, {columns: 29, rows: 19}).titleBudget).toBe(3);
		expect(kioskLayout(100, 29, {columns: 29, rows: 20})).toMatchObject({qr: true, titleBudget: 2});
		expect(kioskLayout(100, 29, {columns: 29, rows: 21}).qr).toBe(false);
	});
});

describe('qrScale', () => {
	// The bundled clinic's code: 21 modules and the quiet zone, 29 a side.
	test.each([
		[80, 23, 1], [100, 29, 1], [120, 39, 1], [200, 49, 2], [240, 67, 2], [240, 75, 3], [320, 90, 4], [400, 120, 4],
	])('%i×%i: scale %i', (width, height, expected) => {
		expect(qrScale(width, height, 29)).toBe(expected);
	});

	test('a bigger code never narrows the text column or shortens the title', () => {
		for (const [width, height] of [[120, 39], [160, 45], [200, 49], [240, 67], [320, 90]] as const) {
			const base = kioskLayout(width, height, qrBox(29, 1));
			const grown = kioskLayout(width, height, qrBox(29, qrScale(width, height, 29)));
			expect(grown).toMatchObject({qr: true, measure: base.measure, titleBudget: base.titleBudget});
		}
	});
});

describe('isTooSmall', () => {
	test.each([
		[kioskMinimum.width, kioskMinimum.height - 1, false],
		[kioskMinimum.width - 1, kioskMinimum.height - 1, true],
		[kioskMinimum.width, kioskMinimum.height - 2, true],
		[300, 100, false],
	])('a frame of %i×%i: %s', (width, height, expected) => {
		expect(isTooSmall(width, height)).toBe(expected);
	});
});
