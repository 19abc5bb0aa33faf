import {describe, expect, test} from 'vitest';
import {renderPlainMarkdown} from '../../../source/core/render/markdown-plain.js';
import {renderTerminalMarkdown} from '../../../source/core/render/markdown-terminal.js';

// Examples from the CommonMark spec 0.31.2 and the GFM spec, with the text a reader must see.
const plain = (markdown: string, width = 80) => renderPlainMarkdown(markdown, width);
const terminal = (markdown: string, width = 80) => renderTerminalMarkdown(markdown, {width, colorLevel: 0, hyperlinks: false});
const both = [['plain', plain], ['terminal', terminal]] as const;

describe.each(both)('entity and numeric character references (%s)', (_name, render) => {
	test('CommonMark 25–27: complete references are decoded', () => {
		expect(render('&nbsp; &amp; &copy; &AElig; &Dcaron;')).toEqual(['\u00A0 & © Æ Ď']);
		expect(render('&#35; &#1234; &#992; &#0;')).toEqual(['# Ӓ Ϡ �']);
		expect(render('&#X22; &#XD06; &#xcab;')).toEqual(['" ആ ಫ']);
	});

	test('CommonMark 28–30: incomplete or unknown references stay as written', () => {
		expect(render('&nbsp &x; &#; &#x;')).toEqual(['&nbsp &x; &#; &#x;']);
		expect(render('&#87654321;')).toEqual(['&#87654321;']);
		expect(render('&#abcdef0;')).toEqual(['&#abcdef0;']);
		expect(render('&ThisIsNotDefined; &hi?;')).toEqual(['&ThisIsNotDefined; &hi?;']);
		expect(render('&copy')).toEqual(['&copy']);
	});

	test('CommonMark 33: not inside a code span', () => {
		expect(render('`f&ouml;&ouml;`')).toEqual(['f&ouml;&ouml;']);
	});

	test('CommonMark 34: not inside a code block', () => {
		expect(render('    f&ouml;f&ouml;')).toEqual(['    f&ouml;f&ouml;']);
	});

	test('CommonMark 37: a decoded * is text, never emphasis', () => {
		expect(render('&#42;foo&#42;')).toEqual(['*foo*']);
	});

	test('decoded once: &#38;ouml; is the text "&ouml;"', () => {
		expect(render('&#38;ouml; &amp;copy;')).toEqual(['&ouml; &copy;']);
	});
});

describe.each(both)('blocks (%s)', (_name, render) => {
	test('CommonMark 108: an indented code block keeps its inner indentation', () => {
		expect(render('    a simple\n      indented code block')).toEqual(['    a simple', '      indented code block']);
	});

	test('CommonMark 148-style HTML block: its text, tags removed, a block of its own', () => {
		const lines = render('<div>\n<b>Hello</b> &amp; welcome\n</div>\n\nNext paragraph.');
		expect(lines).toEqual(['Hello & welcome', '', 'Next paragraph.']);
	});

	test('GFM 279: task list items keep their box on the same line', () => {
		const lines = render('- [ ] foo\n- [x] bar');
		expect(lines).toEqual(render === plain ? ['- [ ] foo', '- [x] bar'] : ['☐ foo', '☑ bar']);
	});
});

describe('tables (GFM 198–199)', () => {
	test('alignment is honoured in the plain text', () => {
		expect(plain('| abc | defghi |\n:-: | -----------:\nbar | baz')).toEqual(['abc | defghi', '----+-------', 'bar |    baz']);
		expect(plain('| a | b |\n|:--|--:|\n| left | 1 |\n| l | 100 |')).toEqual(['a    |   b', '-----+----', 'left |   1', 'l    | 100']);
	});

	test('and in the terminal', () => {
		expect(terminal('| abc | defghi |\n:-: | -----------:\nbar | baz')).toEqual(['abc │ defghi', '────┼───────', 'bar │    baz']);
	});

	const wide = '| Exercise | How often | What it helps with |\n|---|---|---|\n| Heel raises against a wall | Twice a day | Calf strength for walking and stairs after a sprain |';
	test.each([['plain', plain], ['terminal', terminal]] as const)('a table wider than the screen wraps its cells to fit (%s)', (_name, render) => {
		const lines = render(wide, 50);
		expect(lines[0]).toMatch(/^Exercise\s+[|│]\s+How often\s+[|│]\s+What it helps/);
		expect(lines.some(line => /^against a wall\s+[|│]/.test(line))).toBe(true);
		for (const line of lines) {
			expect(line.length).toBeLessThanOrEqual(50);
		}
	});

	test.each([['plain', plain], ['terminal', terminal]] as const)('too narrow for columns, it becomes records (%s)', (_name, render) => {
		expect(render(wide, 24).slice(0, 2)).toEqual(['Exercise: Heel raises', 'against a wall']);
	});
});

test('code in the terminal is never wrapped: a long line is cut, and the cut marked', () => {
	const lines = terminal(`\`\`\`\n${'x'.repeat(60)} end\n  indented\n\`\`\``, 40);
	expect(lines[0]).toBe(`    ${'x'.repeat(35)}…`);
	expect(lines[1]).toBe('      indented');
});

test('H2 and H3 look different in the terminal', () => {
	const styled = (markdown: string) => renderTerminalMarkdown(markdown, {width: 80, colorLevel: 1, hyperlinks: false})[0];
	expect(styled('## Two')).not.toBe(styled('### Two'));
	expect(terminal('## Two')).toEqual(['## Two']);
	expect(terminal('### Three')).toEqual(['### Three']);
});
