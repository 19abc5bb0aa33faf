import {describe, expect, test} from 'vitest';
import {parsePost} from '../../../source/core/content/post.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {maxMessageLength} from '../../../source/core/text/sanitize.js';
import {makeContent} from '../../helpers/content.js';

/** The classic "billion laughs": each level is ten of the one before; 9 levels are 10^9 strings once expanded. */
function aliasBomb(levels: number): string {
	const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (let level = 1; level < levels; level++) {
		const previous = String.fromCodePoint(96 + level);
		const name = String.fromCodePoint(97 + level);
		lines.push(`${name}: &${name} [${Array.from({length: 10}, () => `*${previous}`).join(',')}]`);
	}

	return lines.join('\n');
}

describe('front matter with aliases and sizes capped', () => {
	test('an alias bomb in date: is a broken post, said in one short line', () => {
		const text = `---\ntitle: Bomb\n${aliasBomb(9)}\ndate: *i\n---\nBody\n`;
		expect(text.length).toBeLessThan(600);
		expect(parsePost('bomb', 'bomb.md', text)).toEqual({problem: 'broken front matter: too large once its aliases (*name) are expanded; write the values out instead'});
	});

	test('a few aliases are fine', () => {
		const result = parsePost('ok', 'ok.md', '---\ntitle: &t Knee care\nsummary: *t\ndate: 2026-01-01\n---\nBody\n');
		expect(result).toMatchObject({post: {title: 'Knee care', summary: 'Knee care'}});
	});

	test('front matter over 64 KB is refused before parsing', () => {
		const text = `---\ntitle: Long\ndate: 2026-01-01\nsummary: ${'x'.repeat(70_000)}\n---\nBody\n`;
		expect(parsePost('long', 'long.md', text)).toEqual({problem: 'broken front matter: longer than 64 KB'});
	});

	test('the catalogue lists the rest and its warning stays short', () => {
		const content = makeContent({
			'bomb.md': `---\ntitle: Bomb\n${aliasBomb(8)}\ndate: *h\n---\n`,
			'good.md': '---\ntitle: Good\ndate: 2026-01-01\n---\nBody\n',
			// A value quoted in a warning cannot make the warning long.
			'long-tag.md': `---\ntitle: Long tag\ndate: 2026-01-01\ntags: [${'t'.repeat(50_000)}]\n---\n`,
		});
		const {posts, warnings} = loadCatalog(content);
		expect(posts.map(post => post.slug)).toContain('good');
		expect(warnings.length).toBeGreaterThanOrEqual(1);
		expect(warnings.every(warning => warning.length <= maxMessageLength)).toBe(true);
		expect(warnings[0]).toMatch(/bomb\.md: broken front matter: too large once its aliases/);
	});
});
