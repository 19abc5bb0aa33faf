import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import fastStringWidth from '../../../source/core/text/string-width-fast.js';

describe('fastStringWidth', () => {
	// wrap-ansi measures with countAnsiEscapeCodes, so its words take the fast path too.
	test.each([{}, {countAnsiEscapeCodes: true}])('agrees with string-width %j on every character below U+2800, alone, between letters, and styled', options => {
		const disagreements: string[] = [];
		for (let code = 0x20; code <= 0x27_FF; code++) {
			const character = String.fromCodePoint(code);
			for (const text of [character, `a${character}b`, `\u001B[1m${character}\u001B[22m`]) {
				if (fastStringWidth(text, options) !== stringWidth(text, options)) {
					disagreements.push(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
				}
			}
		}

		expect(disagreements).toEqual([]);
	});

	test('the reader\'s lines, and what must not take the fast path: wide, zero-width, joined and combined', () => {
		const cases = ['❯ ● 2026-01-25  Physiotherapy for Arthritis — “easing” stiff joints …', 'soft\u00ADhyphen', 'e\u0301', '日本語', '👩‍⚕️ nurse', '◽ ◾', 'x\u200By', 'तोड़', 'ไทย', '\u001B]8;;https://x.example\u0007link\u001B]8;;\u0007'];
		for (const text of cases) {
			expect(fastStringWidth(text), text).toBe(stringWidth(text));
		}

		expect(fastStringWidth('❯ ● 2026')).toBe(8);
		expect(fastStringWidth('日本', {ambiguousIsNarrow: false})).toBe(4);
		expect(fastStringWidth('●', {ambiguousIsNarrow: false})).toBe(stringWidth('●', {ambiguousIsNarrow: false}));
		expect(fastStringWidth('\u001B[1mab\u001B[22m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\u001B[1mab\u001B[22m', {countAnsiEscapeCodes: true}));
	});
});
