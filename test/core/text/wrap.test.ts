import {fc, test} from '@fast-check/vitest';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {describe, expect} from 'vitest';
import {hang, largest, truncateToWidth, wrapLines} from '../../../source/core/text/wrap.js';
import {displayWidth} from '../../../source/core/text/width.js';

const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;

describe('wrapLines', () => {
	test.each([
		['fits', 'Heat first', 20, ['Heat first']],
		['breaks between words and drops the space it broke on', 'warm the muscle before you stretch it', 16, ['warm the muscle', 'before you', 'stretch it']],
		['breaks a word longer than the line', 'https://example.com/abcdefghij', 10, ['https://ex', 'ample.com/', 'abcdefghij']],
		['keeps the first line\'s indent, trims the end', '    code here   ', 20, ['    code here']],
		['keeps the newlines it is given', 'one\ntwo', 20, ['one', 'two']],
		['counts CJK as two columns', '中文字符测试', 5, ['中文', '字符', '测试']],
		['a width under one is one', 'abc', 0, ['a', 'b', 'c']],
		['an empty text is one empty line', '', 10, ['']],
	])('%s', (_, text, width, expected) => {
		expect(wrapLines(text, width)).toEqual(expected);
	});

	test('a styled line never starts with the space it broke on', () => {
		// "aaaa bbbbb" fills the width exactly, so the space before "ccc" is where the line breaks.
		const lines = wrapLines('\u001B[3maaaa bbbbb ccc\u001B[23m', 10);
		expect(lines.map(line => stripAnsi(line))).toEqual(['aaaa bbbbb', 'ccc']);
		// Each line carries its own style, so a slice of the lines still renders in italics.
		expect(lines.every(line => line.startsWith('\u001B[3m'))).toBe(true);
	});

	const words = fc.array(fc.constantFrom('a', 'knee', 'physiotherapy', '中文', '😀', '👩‍⚕️', 'é', 'https://example.com/path', ' '), {maxLength: 40}).map(parts => parts.join(' '));

	test.prop([words, fc.integer({min: 1, max: 60})])('no line is wider than the width, and no visible character is lost', (text, width) => {
		const lines = wrapLines(text, width);
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(width, 2));
		}

		expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
	});

	test.prop([fc.string({maxLength: 200}), fc.integer({min: 2, max: 60})])('any text fits, with styles around it too', (text, width) => {
		for (const line of wrapLines(bold(text), width)) {
			expect(stringWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

describe('hang', () => {
	test('prefixes the first line and indents the rest by its width', () => {
		expect(hang(['Heat first: warm', 'the muscle', 'gently'], '- ')).toEqual(['- Heat first: warm', '  the muscle', '  gently']);
	});

	test('measures the prefix by display width, and leaves blank lines blank', () => {
		expect(hang(['one', '', 'two'], '中 ')).toEqual(['中 one', '', '   two']);
	});

	test('takes its own indent for the rest, and trims the ends', () => {
		expect(hang(['a ', 'b'], 'Phone:   ', '         ')).toEqual(['Phone:   a', '         b']);
		expect(hang(['x'], '>', '')).toEqual(['>x']);
	});
});

describe('truncateToWidth', () => {
	test.each([
		['fits: unchanged', 'Back pain basics', 16, 'Back pain basics'],
		['cut with an ellipsis inside the width', 'Back pain basics', 10, 'Back pain…'],
		['no space before the ellipsis', 'Back pain basics', 11, 'Back pain…'],
		['a wide character that would overshoot is left out', '中文字符测试', 6, '中文…'],
		// 👩‍⚕️ is two cells to string-width, three where a terminal draws the face and the staff apart.
		['an emoji sequence is never split', 'Hi 👩‍⚕️👩‍⚕️👩‍⚕️', 7, 'Hi 👩‍⚕️…'],
		['width one is only the ellipsis', 'abc', 1, '…'],
		['width zero is nothing', 'abc', 0, ''],
	])('%s', (_, text, width, expected) => {
		expect(truncateToWidth(text, width)).toBe(expected);
	});

	test.prop([fc.string({unit: 'grapheme', maxLength: 40}), fc.integer({min: 0, max: 30})])('never wider than the width; a cut text ends in an ellipsis and starts as the original', (text, width) => {
		const cut = truncateToWidth(text, width);
		expect(stringWidth(cut)).toBeLessThanOrEqual(width);
		if (cut !== text && width > 0) {
			expect(cut.endsWith('…')).toBe(true);
			expect(text.startsWith(cut.slice(0, -1))).toBe(true);
		}
	});
});

describe('largest', () => {
	test('the largest value, or the floor when there are none or all are below it', () => {
		expect(largest([3, 9, 4])).toBe(9);
		expect(largest([])).toBe(0);
		expect(largest([-5, -2], Number.NEGATIVE_INFINITY)).toBe(-2);
		expect(largest([1, 2], 10)).toBe(10);
	});

	test('half a million values: no stack overflow, as Math.max(...values) has', () => {
		const values = Array.from({length: 500_000}, (_, index) => index % 1000);
		expect(() => Math.max(...values)).toThrow(RangeError);
		expect(largest(values)).toBe(999);
	});
});

describe('wrapping and cutting by the one display width', () => {
	const hindi = 'घुटने के दर्द के लिए फिजियोथेरेपी व्यायाम और सलाह हिंदी में पढ़ें और समझें';
	test('Devanagari wraps to lines that fit as a terminal draws them', () => {
		const lines = wrapLines(hindi, 30);
		expect(lines.every(line => displayWidth(line) <= 30)).toBe(true);
		expect(lines.join(' ')).toBe(hindi);
	});

	test('a cut title fits as a terminal draws it, and never splits a cluster', () => {
		const cut = truncateToWidth(`Family 👨‍👩‍👧‍👦 ${hindi}`, 25);
		expect(displayWidth(cut)).toBeLessThanOrEqual(25);
		expect(cut).toContain('👨‍👩‍👧‍👦');
	});
});
