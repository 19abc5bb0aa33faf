import {fc, test} from '@fast-check/vitest';
import {describe, expect} from 'vitest';
import {isCleanLine, isStyledTextSafe, sanitizeForTerminal, sanitizeLine} from '../../../source/core/text/sanitize.js';

const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const escapeFragments = fc.constantFrom('\u001B[', '\u001B]8;;', '\u001B]0;', '\u009B', '\u009D', '\u0007', '\u001B\\', '&#27;', '&amp;#27;', '\u202E', '\r', '[31m', '2J', 'x', ' ', 'é', '😀');
const hostile = fc.array(fc.oneof(escapeFragments, fc.string({unit: 'binary', maxLength: 4})), {maxLength: 30}).map(parts => parts.join(''));

describe('sanitizeForTerminal', () => {
	test.each([
		['clear screen', 'a\u001B[2Jb', 'ab'],
		['window title', 'a\u001B]0;PWNED\u0007b', 'ab'],
		['OSC 8 with ST', '\u001B]8;;http://x\u001B\\label\u001B]8;;\u001B\\', 'label'],
		['8-bit CSI', 'a\u009B31mb', 'ab'],
		['8-bit OSC', 'a\u009D0;t\u009Cb', 'ab'],
		['DCS', 'a\u001BPq#0\u001B\\b', 'ab'],
		['bell and backspace', 'a\u0007\bb', 'ab'],
		['bidi override', 'a\u202Eb\u2066c', 'abc'],
		['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
		['tabs and newlines kept', 'a\tb\nc', 'a\tb\nc'],
		['lone surrogate', 'a\uD83Db', 'a\uFFFDb'],
	])('removes %s', (_name, input, expected) => {
		expect(sanitizeForTerminal(input)).toBe(expected);
	});

	test.prop([fc.string({unit: 'binary'})])('leaves no control character in any string', text => {
		expect(sanitizeForTerminal(text)).not.toMatch(controlCharacters);
	});

	test.prop([hostile])('leaves no control character in strings built from escape fragments', text => {
		expect(sanitizeForTerminal(text)).not.toMatch(controlCharacters);
	});

	test.prop([fc.oneof(fc.string({unit: 'binary'}), hostile)])('is idempotent', text => {
		const once = sanitizeForTerminal(text);
		expect(sanitizeForTerminal(once)).toBe(once);
	});

	const printable = fc.constantFrom('Physio', 'é', 'ñ', '中文', '日本語', '😀', '👩‍⚕️', '👍🏽', 'e\u0301', ' ', '\n', '\t', '&', '<b>');
	test.prop([fc.array(printable).map(parts => parts.join(''))])('keeps printable text unchanged', text => {
		expect(sanitizeForTerminal(text)).toBe(text);
	});
});

describe('sanitizeLine', () => {
	test('folds newlines and tabs for one-line fields', () => {
		expect(sanitizeLine(' a\nb\t\u001B[1mc ')).toBe('a b c');
	});
});

describe('isCleanLine', () => {
	test.prop([fc.oneof(fc.string({unit: 'binary'}), hostile, hostile.map(text => sanitizeLine(text)))])('is true exactly when sanitizeLine leaves the text as it is', text => {
		expect(isCleanLine(text)).toBe(sanitizeLine(text) === text);
	});
});

describe('invisible characters that stand alone', () => {
	test('soft hyphens, zero-width spaces, word joiners and BOMs go; ZWJ and ZWNJ, which join, stay', () => {
		expect(sanitizeLine('Knee\u00ADcare zero\u200Bwidth join\u2060ed \uFEFFbom')).toBe('Kneecare zerowidth joined bom');
		expect(sanitizeLine('👨‍👩‍👧 می‌خواهم')).toBe('👨‍👩‍👧 می‌خواهم');
		expect(isCleanLine('Knee\u00ADcare')).toBe(false);
		expect(isCleanLine('Kneecare')).toBe(true);
	});
});

describe('isStyledTextSafe', () => {
	test('takes styles, OSC 8 links, newlines and tabs; nothing else that reaches a terminal', () => {
		expect(isStyledTextSafe('\u001B[1mTitle\u001B[22m\n\t\u001B[38;5;81mtext\u001B[39m')).toBe(true);
		expect(isStyledTextSafe('\u001B]8;;https://example.org/a?b=1\u001B\\link\u001B]8;;\u001B\\')).toBe(true);
		for (const unsafe of ['\u001B[2J', '\u001B]0;title\u0007', '\u001B]8;;https://x\u009Bevil\u001B\\', 'a\rb', '\u009B31m', '\u001BPq\u001B\\', '\uD800']) {
			expect(isStyledTextSafe(`ok ${unsafe} ok`)).toBe(false);
		}
	});

	test.prop([hostile])('is false for any text sanitizing would change, once its styles and links are taken out', text => {
		const bare = text.replaceAll(/\u001B\[[\d;:]*m/g, '').replaceAll(/\u001B\]8;[\u0020-\u007E]*\u001B\\/g, '');
		if (sanitizeForTerminal(bare) !== bare) {
			expect(isStyledTextSafe(text)).toBe(false);
		}
	});
});
