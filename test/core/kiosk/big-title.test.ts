import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {bigTitle} from '../../../source/core/kiosk/big-title.js';

describe('bigTitle', () => {
	test('the largest font whose lines fit the width and the rows', () => {
		const large = bigTitle('Knee pain', 200, 20)!;
		expect(large).toHaveLength(5);
		expect(large.join('')).toMatch(/^[█ ]+$/);
		const smaller = bigTitle('Knee pain', 60, 4)!;
		expect(smaller).toHaveLength(3);
		expect(smaller.join('')).toMatch(/[┏━┓]/);
	});

	test('wraps at spaces, up to three lines, each within the width', () => {
		const rows = bigTitle('Physiotherapy for Arthritis: Easing Stiff, Painful Joints', 99, 9, ['Future'])!;
		expect(rows).toHaveLength(6);
		expect(rows.every(row => stringWidth(row) <= 99)).toBe(true);
		expect(bigTitle('one two three four five six seven eight nine ten eleven twelve', 40, 100, ['Future'])).toBeUndefined();
	});

	test('undefined when nothing fits, or for letters the fonts lack; typographic quotes are folded', () => {
		expect(bigTitle('Supercalifragilistic', 20, 10)).toBeUndefined();
		expect(bigTitle('Knee', 200, 2)).toBeUndefined();
		expect(bigTitle('Genou → douleur', 200, 20)).toBeUndefined();
		expect(bigTitle('Café', 200, 20)).toBeUndefined();
		expect(bigTitle('A Beginner’s Guide', 200, 20)).toEqual(bigTitle('A Beginner\'s Guide', 200, 20));
		// Future has no "#": the next font is tried, and none is left.
		expect(bigTitle('Tip #1', 200, 20, ['Future'])).toBeUndefined();
	});
});
