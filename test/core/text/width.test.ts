import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {clusterWidth, displayWidth} from '../../../source/core/text/width.js';

describe('displayWidth', () => {
	test('ASCII, CJK and ANSI styles count as string-width counts them', () => {
		for (const text of ['Knee pain', '膝の痛み', '\u001B[1mbold\u001B[22m', '']) {
			expect(displayWidth(text)).toBe(stringWidth(text));
		}
	});

	test('a cluster takes the most of string-width, one cell, and the sum of its code points', () => {
		// A Devanagari conjunct: two letters to a terminal, one cluster to string-width.
		expect(clusterWidth('द्द')).toBe(2);
		// Thai SARA AM takes a cell of its own.
		expect(clusterWidth('กำ')).toBe(2);
		// A ZWJ family: four faces where a terminal draws each one.
		expect(clusterWidth('👨‍👩‍👧‍👦')).toBe(8);
		// Ink gives even an invisible cluster a cell.
		expect(clusterWidth('\u200B')).toBe(1);
		expect(clusterWidth('\t')).toBe(0);
	});

	test('never less than string-width, so what fits by it fits Ink too', () => {
		for (const text of ['घुटने के दर्द के लिए', 'กายภาพบำบัด', 'Family 👨‍👩‍👧‍👦 🏳️‍🌈', 'e\u0301te\u0301']) {
			expect(displayWidth(text)).toBeGreaterThanOrEqual(stringWidth(text));
		}

		expect(displayWidth('घुटने के दर्द के लिए')).toBeGreaterThan(stringWidth('घुटने के दर्द के लिए'));
	});
});
