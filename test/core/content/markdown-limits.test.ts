import {Lexer} from 'marked';
import {describe, expect, test} from 'vitest';
import {limitMarkdown, limitNesting, maxDelimiters, maxNesting} from '../../../source/core/content/markdown-limits.js';

/** How deep marked nests the quotes or lists of `markdown`. */
function depth(markdown: string): number {
	type Node = {type?: string; tokens?: Node[]; items?: Node[]};
	const deepest = (nodes: readonly Node[]): number => Math.max(0, ...nodes.map(node => (node.type === 'blockquote' || node.type === 'list' ? 1 : 0) + deepest([...(node.tokens ?? []), ...(node.items ?? [])])));
	return deepest(new Lexer().lex(markdown) as Node[]);
}

describe('limitNesting', () => {
	test('keeps quotes up to the limit and drops the markers beyond it', () => {
		expect(limitNesting(`${'>'.repeat(maxNesting)} hi`)).toBe(`${'>'.repeat(maxNesting)} hi`);
		expect(limitNesting(`${'>'.repeat(maxNesting + 4)} hi`)).toBe(`${'>'.repeat(maxNesting)} hi`);
		expect(limitNesting(`${'> '.repeat(maxNesting + 1)}hi`)).toBe(`${'> '.repeat(maxNesting)}hi`);
	});

	test('moves a list item indented past the limit to the deepest level kept, and leaves others alone', () => {
		const kept = ' '.repeat(maxNesting * 2);
		const deepestKept = ' '.repeat(maxNesting * 2 - 2);
		expect(limitNesting(`${' '.repeat(80)}- deep\n  - shallow\n${deepestKept}- level 16\n${' '.repeat(80)}12. numbered\n${' '.repeat(80)}plain text`))
			.toBe(`${kept}- deep\n  - shallow\n${deepestKept}- level 16\n${kept}12. numbered\n${' '.repeat(80)}plain text`);
	});

	test('marked sees no deeper nesting than the limit', () => {
		const lists = Array.from({length: 60}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');
		expect(depth(lists)).toBe(60);
		expect(depth(limitNesting(lists))).toBeLessThanOrEqual(maxNesting + 1);
		expect(depth(limitNesting(`${'>'.repeat(500)} hi`))).toBe(maxNesting);
	});
});

describe('limitMarkdown', () => {
	test('a paragraph with more emphasis markers than the limit takes them literally; other paragraphs keep theirs', () => {
		const stars = '*'.repeat(maxDelimiters + 1);
		expect(limitMarkdown(`a ${stars}\n\n*em* and _em_`)).toBe(`a ${'\\*'.repeat(maxDelimiters + 1)}\n\n*em* and _em_`);
		expect(limitMarkdown(`a ${'*'.repeat(maxDelimiters)}`)).toBe(`a ${'*'.repeat(maxDelimiters)}`);
	});

	test('keeps every line break, so lines still match the file', () => {
		const markdown = `one\n\n \n${'_a'.repeat(maxDelimiters)}\n\t\n${'>'.repeat(40)} q\nend`;
		expect(limitMarkdown(markdown).split('\n')).toHaveLength(markdown.split('\n').length);
	});

	test('ordinary Markdown is unchanged', () => {
		const markdown = '# Title\n\nSome **bold**, _em_ and `code`.\n\n> a quote\n\n- a\n  - b\n';
		expect(limitMarkdown(markdown)).toBe(markdown);
	});
});
