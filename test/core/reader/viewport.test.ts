import {describe, expect, test} from 'vitest';
import {clampIndex, clampOffset, maxOffset, percentShown, scrollToShow} from '../../../source/core/reader/viewport.js';

describe('viewport', () => {
	test('the offset stays between the top and the last full page', () => {
		expect(maxOffset(100, 20)).toBe(80);
		expect(maxOffset(10, 20)).toBe(0);
		expect([clampOffset(-5, 100, 20), clampOffset(50, 100, 20), clampOffset(95, 100, 20)]).toEqual([0, 50, 80]);
	});

	test('percent is how far the bottom of the screen has got', () => {
		expect([percentShown(0, 100, 20), percentShown(80, 100, 20), percentShown(0, 10, 20)]).toEqual([20, 100, 100]);
	});

	test('a list window moves only as far as it must to show the selection', () => {
		expect(scrollToShow(5, 0, 10, 50)).toBe(0);
		expect(scrollToShow(12, 0, 10, 50)).toBe(3);
		expect(scrollToShow(2, 5, 10, 50)).toBe(2);
		expect(scrollToShow(49, 0, 10, 50)).toBe(40);
	});

	test('indexes clamp into the list, and to 0 when it is empty', () => {
		expect([clampIndex(-1, 5), clampIndex(9, 5), clampIndex(3, 0)]).toEqual([0, 4, 0]);
	});
});
