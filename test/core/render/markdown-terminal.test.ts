import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {describe, expect, test} from 'vitest';
import {renderTerminalMarkdown} from '../../../source/core/render/markdown-terminal.js';

const options = {width: 40, colorLevel: 1, hyperlinks: false} as const;

describe('renderTerminalMarkdown', () => {
	test('renders bold and italic inside list items', () => {
		const [line] = renderTerminalMarkdown('- **Bold** and *italic*', options);
		expect(line).toContain('\u001B[1mBold\u001B[22m');
		expect(line).toContain('\u001B[3mitalic\u001B[23m');
		expect(stripAnsi(line!)).toBe('• Bold and italic');
	});

	test('keeps hanging indents for wrapped and nested list items', () => {
		const lines = renderTerminalMarkdown('- one two three four five six seven eight nine ten\n  - nested', {...options, colorLevel: 0});
		expect(lines.map(line => stripAnsi(line))).toEqual(['- one two three four five six seven', '  eight nine ten', '  - nested']);
	});

	test('links show their target; OSC 8 only for allowed schemes when asked', () => {
		const plain = renderTerminalMarkdown('[Call](tel:+19052703086) [bad](javascript:alert(1))', {...options, width: 80});
		expect(stripAnsi(plain.join(''))).toBe('Call (tel:+19052703086) bad (javascript:alert(1))');
		const linked = renderTerminalMarkdown('[Call](tel:+19052703086) [bad](javascript:alert(1))', {...options, width: 80, hyperlinks: true}).join('');
		expect(linked).toContain('\u001B]8;;tel:+19052703086\u001B\\');
		expect(linked).not.toContain(']8;;javascript');
	});

	test('images become descriptions', () => {
		expect(stripAnsi(renderTerminalMarkdown('![Therapist with a patient](x.png)', options).join(''))).toBe('[Image: Therapist with a patient]');
	});

	test('escapes from the content never reach the terminal', () => {
		const output = renderTerminalMarkdown('Hi \u001B]0;PWNED\u0007 &#27;[2J \u009B31m there', options).join('\n');
		expect(stripAnsi(output)).toBe('Hi    there');
		expect(output).not.toMatch(/\u001B\][^8]|\u0007|\u009B/);
	});

	test('every line fits the width by display width', () => {
		const lines = renderTerminalMarkdown(`${'中文 '.repeat(40)}\n\n> ${'quoted words '.repeat(12)}\n\n- ${'item words '.repeat(12)}`, options);
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(40);
		}
	});
});
