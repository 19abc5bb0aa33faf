import {describe, expect, test} from 'vitest';
import stringWidth from 'string-width';
import {drawArticle, maxScreens, screenful} from '../../../source/core/kiosk/article-screen.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {bigTitle} from '../../../source/core/kiosk/big-title.js';
import {kioskLayout} from '../../../source/core/kiosk/layout.js';
import type {Post} from '../../../source/core/content/post.js';
import {fakePost} from '../../helpers/content.js';
import {renderTerminalMarkdown} from '../../../source/core/render/markdown-terminal.js';

const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
/** A body renderer that styles each Markdown line and ignores the width. */
const renderBody = (post: Post) => post.body.split('\n').map(line => (line === '' ? '' : bold(line)));
const settings = {wpm: 60, minSeconds: 1, maxSeconds: 600, order: 'newest'} as const;
// 100×29: 24 rows between header and footer.
const layout = kioskLayout(100, 29);
const body = Array.from({length: 30}, (_, index) => `line ${index + 1} has five words`).join('\n');

describe('drawArticle', () => {
	test('a short title in big letters when the body keeps eight rows or more', () => {
		const article = drawArticle(fakePost('knee', {title: 'Knee pain', author: 'A. Writer', date: '2022-10-03', readingMinutes: 2, body}), layout, renderBody, ['ANSI Regular']);
		const big = bigTitle('Knee pain', layout.titleWidth, layout.titleBudget, ['ANSI Regular'])!;
		expect(article.big).toBe(true);
		expect(article.title).toEqual(big);
		expect(article.byline).toBe('A. Writer · October 3, 2022 · 2 min read');
		// A gap, the title, the byline and a gap come before the body.
		expect(article.bodyHeight).toBe(24 - 3 - big.length);
		expect(article.plain[0]).toBe('line 1 has five words');
		expect(article.styled[0]).toBe(bold('line 1 has five words'));
		expect(article.screens.map(screen => screen.start)).toEqual([0, article.bodyHeight, article.bodyHeight * 2].filter(start => start < 30));
	});

	test('a bold title, wrapped to the title\'s width, when no font is allowed', () => {
		const article = drawArticle(fakePost('shoulder', {title: 'Shoulder pain at night: what to do when lying on your side hurts', body}), {...layout, titleWidth: 40}, renderBody, []);
		expect(article.big).toBe(false);
		expect(article.title).toEqual(['Shoulder pain at night: what to do when', 'lying on your side hurts']);
		expect(article.bodyHeight).toBe(24 - 3 - 2);
	});

	test('the bold title is cut to the title budget with an ellipsis', () => {
		const title = Array.from({length: 12}, () => 'stretch').join(' ');
		const article = drawArticle(fakePost('long', {title, body}), {...layout, titleWidth: 20, titleBudget: 2}, renderBody, []);
		expect(article.title).toEqual(['stretch stretch', 'stretch stretch…']);
	});

	test('big letters give way to bold when they would leave fewer than eight body rows', () => {
		const big = bigTitle('Knee pain', layout.titleWidth, 7, ['ANSI Regular'])!;
		const roomy = {...layout, middle: 3 + big.length + 8, titleBudget: 7};
		expect(drawArticle(fakePost('knee', {title: 'Knee pain', body}), roomy, renderBody, ['ANSI Regular'])).toMatchObject({big: true, title: big, bodyHeight: 8});
		const tight = {...roomy, middle: roomy.middle - 1};
		expect(drawArticle(fakePost('knee', {title: 'Knee pain', body}), tight, renderBody, ['ANSI Regular'])).toMatchObject({big: false, title: ['Knee pain'], bodyHeight: tight.middle - 4});
	});

	test('an empty body still has one page', () => {
		const article = drawArticle(fakePost('empty', {title: 'Empty', body: ''}), layout, renderBody, []);
		expect(article.screens.map(screen => screen.start)).toEqual([0]);
		expect(screenful(article, 0, settings)).toEqual({lines: [''], page: 0, pageCount: 1, dwellMs: 1000});
	});
});

describe('screenful', () => {
	const article = drawArticle(fakePost('knee', {title: 'Knee pain', body}), layout, renderBody, []);
	// A bold title of one row: 20 body rows a page, so 30 lines are two pages.
	test('the page\'s body lines, styled, with the page and the page count', () => {
		expect(article.bodyHeight).toBe(20);
		const first = screenful(article, 0, settings);
		expect(first.lines).toEqual(article.styled.slice(0, 20));
		expect(first).toMatchObject({page: 0, pageCount: 2});
		expect(screenful(article, 1, settings)).toMatchObject({lines: article.styled.slice(20, 30), page: 1, pageCount: 2});
	});

	test('holds a page for its words at the pace; the first page counts the title\'s words too', () => {
		// 60 words a minute: one second a word. 20 lines of five words and the title's two; then 10 lines.
		expect(screenful(article, 0, settings).dwellMs).toBe(102_000);
		expect(screenful(article, 1, settings).dwellMs).toBe(50_000);
		expect(screenful(article, 1, {...settings, maxSeconds: 30}).dwellMs).toBe(30_000);
	});

	test('a page out of range is the nearest page', () => {
		expect(screenful(article, 7, settings).page).toBe(1);
		expect(screenful(article, -1, settings).page).toBe(0);
	});
});

const renderTerminal = (post: {readonly body: string}, width: number) => renderTerminalMarkdown(post.body, {width, colorLevel: 0, hyperlinks: false});
const paragraph = (count: number) => Array.from({length: count}, (_, index) => `Sentence ${index + 1} of a paragraph that runs over a few lines.`).join(' ');

test('screen breaks follow the print paginator: no heading alone at the foot, no tip split after one line', () => {
	const small = kioskLayout(80, 24);
	const headings = ['When to call us', 'Tips for the stairs', 'What to expect'];
	const tip = (n: number) => `- **Tip ${n}:** ${paragraph(2)}`;
	// Lead paragraphs of every length put each heading and tip at every place on a screen.
	const bodies = Array.from({length: 16}, (_, lead) => [paragraph(lead + 1), `## ${headings[0]!}`, paragraph(2), `## ${headings[1]!}`, tip(1), tip(2), tip(3), tip(4), `## ${headings[2]!}`, paragraph(4)].join('\n\n'));
	for (const body of bodies) {
		const article = drawArticle(fakePost('tips', {title: 'Tips', body}), small, renderTerminal, []);
		for (let page = 0; page < article.screens.length; page++) {
			const lines = screenful(article, page, settings).lines.map(line => line.trimEnd());
			const text = lines.filter(line => line !== '');
			expect(headings.map(heading => `## ${heading}`)).not.toContain(text.at(-1)?.trim());
			// A tip's first line is never the last line of a screen while the tip goes on.
			const last = lines.at(-1) ?? '';
			const next = article.plain[article.screens[page]!.end] ?? '';
			expect(/^- /.test(last) && /^ {2}\S/.test(next)).toBe(false);
		}
	}
});

describe('a post too long for a kiosk', () => {
	// 2,000 cells read as one line each: about 100 screens at 100×29 and 135 at 80×24 if nothing stopped them.
	const wide = `|${Array.from({length: 2000}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(2000)}\n|${'x|'.repeat(2000)}\n`;
	test.each([[80, 24], [100, 29], [200, 60]])('a 2,000-column table at %i×%i: at most 30 screens, the last saying it is cut', (columns, rows) => {
		const article = drawArticle(fakePost('wide', {title: 'Wide table', body: wide}), kioskLayout(columns, rows), renderTerminal, []);
		expect(article.screens.length).toBeLessThanOrEqual(maxScreens);
		const last = screenful(article, article.screens.length - 1, settings);
		expect(last.pageCount).toBe(article.screens.length);
		expect(last.lines.length).toBeLessThanOrEqual(article.bodyHeight);
		expect(last.lines.at(-1)).toMatch(/^… /);
		expect(stringWidth(last.lines.at(-1)!)).toBeLessThanOrEqual(kioskLayout(columns, rows).measure);
	});

	test('the bundled posts, even at the smallest kiosk, are far from the cut and shown whole', () => {
		const {posts} = loadCatalog('content');
		for (const post of posts) {
			const article = drawArticle(post, kioskLayout(80, 24), renderTerminal, []);
			expect(article.screens.length).toBeLessThanOrEqual(maxScreens / 3);
			expect(article.screens.at(-1)!.end).toBe(article.plain.length);
			expect(screenful(article, article.screens.length - 1, settings).lines.at(-1)).not.toMatch(/^… /);
		}
	});
});
