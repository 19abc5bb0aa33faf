import {fc, test} from '@fast-check/vitest';
import stringWidth from 'string-width';
import {describe, expect} from 'vitest';
import {renderPlainMarkdown} from '../../../source/core/render/markdown-plain.js';

const render = (markdown: string, width = 40) => renderPlainMarkdown(markdown, width).join('\n');

describe('renderPlainMarkdown', () => {
	test('underlines headings and drops inline styles', () => {
		expect(render('## Why it *helps*\n\nSome **bold** and _em_ and `code`.')).toBe('Why it helps\n------------\n\nSome bold and em and code.');
	});

	test('renders nested lists with markers and hanging indents, bold inside items included', () => {
		expect(render('- **Heat first:** warm the muscle before you stretch it gently\n- Two\n  1. Nested\n  2. Again')).toBe([
			'- Heat first: warm the muscle before you',
			'  stretch it gently',
			'- Two',
			'  1. Nested',
			'  2. Again',
		].join('\n'));
	});

	test('numbers ordered lists from their start', () => {
		expect(render('3. three\n4. four')).toBe('3. three\n4. four');
	});

	test('shows links as "text (url)" and images as "[Image: alt]"', () => {
		expect(render('Call [905-270-3086](tel:+19052703086) or see <https://example.com>.\n\n![A therapist at work](photo.png)', 80))
			.toBe('Call 905-270-3086 or see https://example.com.\n\n[Image: A therapist at work]');
	});

	test('quotes, code and rules', () => {
		expect(render('> A tip.\n\n```\nx = 1\n```\n\n---', 20)).toBe('> A tip.\n\n    x = 1\n\n--------------------');
	});

	test('decodes entities once, so an encoded escape can never become a live one', () => {
		expect(render('Tom &amp; Jerry &#27;[2J &amp;#27;[31m')).toBe('Tom & Jerry  &#27;[31m');
	});

	test('wraps by display width: CJK and emoji never overflow', () => {
		const lines = renderPlainMarkdown('中文字符测试'.repeat(10) + ' 😀😀😀😀😀😀😀😀😀😀😀😀😀😀', 20);
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(20);
		}
	});

	test.prop([fc.string({unit: 'binary', maxLength: 300}), fc.integer({min: 20, max: 120})])('never throws, never emits ESC, never overflows', (markdown, width) => {
		const lines = renderPlainMarkdown(markdown, width);
		for (const line of lines) {
			expect(line).not.toContain('\u001B');
			expect(stringWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

test('a phone link reads as its number on paper, never as tel:', () => {
	expect(renderPlainMarkdown('Call [905-270-3086](tel:+19052703086) or [the desk](tel:+19055550100).', 80)).toEqual(['Call 905-270-3086 or the desk (+19055550100).']);
});

test('a list of 200,000 items renders without a stack overflow (its markers measured in a loop)', () => {
	const items = Array.from({length: 200_000}, (_, index) => `- ${index % 10}`).join('\n');
	expect(renderPlainMarkdown(items, 60)).toHaveLength(200_000);
});
