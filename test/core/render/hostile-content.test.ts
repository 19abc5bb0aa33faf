import {writeFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {renderPlainArticle} from '../../../source/core/render/article.js';
import {renderTerminalArticle} from '../../../source/core/render/article-terminal.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {makeContent} from '../../helpers/content.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};
const frontMatter = (title: string) => `---\ntitle: ${title}\ndate: 2026-01-01\n---\n`;

/** Content that breaks naive renderers: each must render within the width, or be skipped with a warning. */
const hostile: Record<string, string> = {
	'deep-quotes.md': `${frontMatter('Deep quotes')}${'>'.repeat(10_000)} hi\n`,
	'deep-lists.md': frontMatter('Deep lists') + Array.from({length: 500}, (_, depth) => `${'  '.repeat(depth)}- item ${depth}\n`).join(''),
	'stars.md': `${frontMatter('Stars')}Before ${'*'.repeat(100_000)} after, and ${'*a'.repeat(20_000)}\n`,
	'wide-table.md': `${frontMatter('Wide table')}|${Array.from({length: 700}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(700)}\n|${'x|'.repeat(700)}\n`,
	'big.md': frontMatter('Big') + `Lorem ipsum dolor sit amet, **bold** and *em* text. ${'word '.repeat(40)}\n\n`.repeat(4000),
	'bom.md': `\uFEFF${frontMatter('Bom')}Hello\n`,
	'crlf.md': `${frontMatter('Crlf')}Hello\nworld\n`.replaceAll('\n', '\r\n'),
};

describe('hostile content', () => {
	const directory = makeContent(hostile);
	writeFileSync(path.join(directory, 'posts', 'binary.md'), Buffer.concat([Buffer.from(frontMatter('Binary')), Buffer.from([0, 1, 2, 0xFF, 0])]));
	writeFileSync(path.join(directory, 'posts', 'invalid-utf8.md'), Buffer.concat([Buffer.from(frontMatter('Invalid')), Buffer.from([0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE])]));
	writeFileSync(path.join(directory, 'posts', 'huge.md'), `${frontMatter('Huge')}${'x'.repeat(6 * 1024 * 1024)}`);
	const {posts, warnings} = loadCatalog(directory);

	test('binary and oversized files are skipped with one warning each; the rest load', () => {
		expect(warnings).toEqual([
			expect.stringMatching(/binary\.md: a binary file, not Markdown text; not shown$/),
			expect.stringMatching(/huge\.md: larger than 5 MB; not shown$/),
		]);
		expect(posts.map(post => post.slug).sort()).toEqual(['big', 'bom', 'crlf', 'deep-lists', 'deep-quotes', 'invalid-utf8', 'stars', 'wide-table']);
	});

	test('a BOM, CRLF endings and invalid UTF-8 still read as text', () => {
		expect(posts.find(post => post.slug === 'bom')?.title).toBe('Bom');
		expect(posts.find(post => post.slug === 'crlf')?.body).toBe('Hello\nworld');
		expect(posts.find(post => post.slug === 'invalid-utf8')?.body).toBe('caf\uFFFD \uFFFD\uFFFD');
	});

	test.each(['deep-quotes', 'deep-lists', 'stars', 'wide-table', 'big'])('%s renders, plain and formatted, within the width', slug => {
		const post = posts.find(candidate => candidate.slug === slug)!;
		for (const lines of [renderPlainArticle({post, clinic}, 60), renderTerminalArticle({post, clinic}, {width: 60, colorLevel: 1, hyperlinks: false})]) {
			expect(lines.length).toBeGreaterThan(3);
			expect(lines.filter(line => stringWidth(line) > 60)).toEqual([]);
		}
	});

	test('nesting deeper than 16 levels is flattened, not dropped', () => {
		const post = posts.find(candidate => candidate.slug === 'deep-lists')!;
		const text = renderPlainArticle({post, clinic}, 80).join('\n');
		expect(text).toContain('- item 0');
		expect(text).toContain('- item 499');
	});

	test('a long run of stars survives as text', () => {
		const post = posts.find(candidate => candidate.slug === 'stars')!;
		expect(renderPlainArticle({post, clinic}, 80).join('').split('*').length - 1).toBeGreaterThan(99_000);
	});
});

describe('a 2,000-column table', () => {
	const table = (columns: number) => `|${Array.from({length: columns}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(columns)}\n|${'x|'.repeat(columns)}\n`;
	const post = (columns: number) => ({slug: 'wide', file: 'wide.md', title: 'Wide', date: '2026-01-01', tags: [], body: table(columns), words: 1, readingMinutes: 1, summary: ''});
	const renders = {
		plain: (columns: number) => renderPlainArticle({post: post(columns), clinic}, 80),
		formatted: (columns: number) => renderTerminalArticle({post: post(columns), clinic}, {width: 80, colorLevel: 3, hyperlinks: false}),
	};
	const bytes = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);

	// Work shows in the output: a layout that padded every line to the table's full width, or repeated the header per
	// cell, would be quadratic in the columns here.
	test.each(Object.entries(renders))('%s: a line per cell, within the width, and twice the columns make about twice the output', (_name, render) => {
		const lines = render(2000);
		expect(lines.length).toBeGreaterThanOrEqual(2000);
		expect(lines.length).toBeLessThan(2100);
		expect(lines.filter(line => stringWidth(line) > 80)).toEqual([]);
		expect(bytes(lines)).toBeLessThan(2000 * 40);
		expect(bytes(render(4000)) / bytes(lines)).toBeLessThan(2.3);
	});
});
