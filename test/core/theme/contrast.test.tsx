import {readFileSync} from 'node:fs';
import {renderToString} from 'ink';
import {describe, expect, test} from 'vitest';
import {renderTerminalArticle} from '../../../source/core/render/article-terminal.js';
import {contrastRatio} from '../../../source/core/theme/contrast.js';
import {createPaint, type ColorLevel} from '../../../source/core/theme/paint.js';
import type {Rgb} from '../../../source/core/theme/palette.js';
import {type Theme, themeNames, themes, withoutItalic} from '../../../source/core/theme/themes.js';
import {KioskCard} from '../../../source/ui/kiosk/kiosk-card.js';
import {KioskFooter, KioskHeader} from '../../../source/ui/kiosk/kiosk-chrome.js';
import {KioskNotice} from '../../../source/ui/kiosk/kiosk-notice.js';
import {ArticleView} from '../../../source/ui/reader/article-view.js';
import {ContactCard} from '../../../source/ui/reader/contact-card.js';
import {FilterLine} from '../../../source/ui/reader/filter-line.js';
import {HelpOverlay} from '../../../source/ui/reader/help-overlay.js';
import {MenuOverlay} from '../../../source/ui/reader/menu-overlay.js';
import {Header} from '../../../source/ui/reader/header.js';
import {KeyHints} from '../../../source/ui/reader/key-hints.js';
import {PostDetails} from '../../../source/ui/reader/post-details.js';
import {PostList} from '../../../source/ui/reader/post-list.js';
import {StatusBar} from '../../../source/ui/reader/status-bar.js';
import {PaintProvider} from '../../../source/ui/terminal/paint.js';
import {fakePost} from '../../helpers/content.js';
import {type StyledRun, styledRuns} from '../../helpers/sgr-runs.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};

// Every element the renderers style: headings of three levels, code, links, a quote, a table, emphasis, list markers.
const sample = `# First heading

Text with **strong**, *emphasis*, ~~struck~~ and \`inline code\`, a [labelled link](https://example.com/a) and
<https://example.com/bare>.

## Second heading

- a bullet
- another, with *emphasis*

1. first
2. second

### Third heading

> A quoted line that *says* something.

\`\`\`
code block line
\`\`\`

| Header | Value |
| --- | --- |
| cell | other |

![A picture](https://example.com/p.png)

---
`;

const post = fakePost('sample', {title: 'Sample article', author: 'A. Writer', body: sample, summary: 'A summary line.', tags: ['knee']});
const read = fakePost('read-one', {title: 'A post already read'});

/**
Everything a theme paints: the article (as read --no-pager prints it), the reader's list, filter, pager, search, status
bar and overlays, and the kiosk's header, footer, card and urgent notice.
*/
function renderEverything(theme: Theme, level: ColorLevel): string {
	const article = renderTerminalArticle({post, clinic}, {width: 70, colorLevel: level, hyperlinks: false, theme});
	const paint = createPaint(theme, level);
	const frame = (node: React.ReactNode) => renderToString(<PaintProvider value={paint}>{node}</PaintProvider>, {columns: 80});
	return [
		article.join('\n'),
		frame(<Header title={clinic.name} detail="1 unread · 2 posts" short="1 unread" width={80} />),
		frame(<PostList posts={[post, read]} selected={0} top={0} height={2} width={80} read={new Set(['read-one'])} />),
		frame(<PostList posts={[post, read]} selected={1} top={0} height={2} width={80} read={new Set()} />),
		frame(<PostDetails post={post} width={80} height={3} />),
		frame(<KeyHints screen="list" width={80} />),
		frame(<ArticleView lines={article} offset={0} height={article.length} margin={0} query="heading" currentLine={0} />),
		frame(<StatusBar title={post.title} percent={40} width={80} read={false} search={{editing: false, query: 'heading', match: 0, matches: 3}} />),
		frame(<StatusBar title={post.title} percent={40} width={80} read search={{editing: true, query: 'head', match: 0, matches: 0}} />),
		frame(<FilterLine query="knee" editing shown={1} total={2} width={80} />),
		frame(<MenuOverlay title="Links" rows={['1  https://example.com/a', '2  https://example.com/b']} top={0} cursor={1} width={80} height={10} hint="q close" />),
		frame(<HelpOverlay screen="article" width={80} height={12} top={0} />),
		frame(<ContactCard clinic={clinic} width={80} height={12} status="Open now" />),
		frame(<KioskHeader name={clinic.name} clock="10:30" width={80} status="Open until 18:00" />),
		frame(<KioskFooter clinic={clinic} position="page 1 of 2" width={80} notice="Closed on Monday" />),
		frame(<KioskCard clinic={clinic} width={80} height={14} status="Closed now" />),
		frame(<KioskNotice screen={{title: ['Snow day'], titleBig: true, body: ['We open at noon.'], bodyBig: false}} contact="Call 905-555-0100" width={80} height={10} />),
	].join('\n');
}

const black: Rgb = [0, 0, 0];
const white: Rgb = [255, 255, 255];
// The terminal's own colours: light grey on black (xterm's colour 7, the usual default foreground), black on white.
const terminals = {dark: [{foreground: [0xE5, 0xE5, 0xE5] as Rgb, background: black}], light: [{foreground: black, background: white}]};

/** A run's contrast on a terminal: with inverse, the text takes the background's colour on a block of its own. */
function ratio(run: StyledRun, terminal: {foreground: Rgb; background: Rgb}): number {
	const foreground = run.foreground ?? terminal.foreground;
	const background = run.background ?? terminal.background;
	return run.inverse ? contrastRatio(background, foreground) : contrastRatio(foreground, background);
}

function worst(theme: Theme, level: ColorLevel): {ratio: number; text: string} {
	const on = theme.background === 'terminal' ? [...terminals.dark, ...terminals.light] : terminals[theme.background];
	let found = {ratio: 21, text: ''};
	for (const run of styledRuns(renderEverything(theme, level))) {
		for (const terminal of on) {
			const value = ratio(run, terminal);
			if (value < found.ratio) {
				found = {ratio: value, text: run.text};
			}
		}
	}

	return found;
}

const levels: readonly ColorLevel[] = [1, 2, 3];

describe('every theme, through the real renderers, on xterm\'s default palette', () => {
	const table = themeNames.map(name => ({name, worst: levels.map(level => worst(themes[name], level))}));

	test('the worst styled run of every theme is at least 4.5:1 at 16, 256 and 16 million colours', () => {
		const rows = table.map(({name, worst: [ansi, xterm, truecolor]}) => `| ${name} | ${ansi!.ratio.toFixed(2)} | ${xterm!.ratio.toFixed(2)} | ${truecolor!.ratio.toFixed(2)} |`);
		// The table the README shows, and must keep showing.
		const markdown = ['| theme | 16 colours | 256 colours | truecolor |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
		process.stdout.write(`${markdown}\n`);
		expect(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')).toContain(markdown);
		for (const {name, worst: results} of table) {
			for (const [index, result] of results.entries()) {
				expect(result.ratio, `${name} at level ${levels[index]}: "${result.text}"`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	test('the renderers paint something at every level: the measurement is not of plain text', () => {
		for (const name of themeNames) {
			for (const level of levels) {
				expect(styledRuns(renderEverything(themes[name], level)).some(run => run.inverse)).toBe(true);
			}
		}
	});

	test('high-contrast and mono send no colour, and no run is ever dim; high-contrast has no italic either', () => {
		for (const name of ['high-contrast', 'mono'] as const) {
			const runs = styledRuns(renderEverything(themes[name], 3));
			expect(runs.flatMap(run => run.colourCodes)).toEqual([]);
			expect(runs.filter(run => run.dim)).toEqual([]);
		}

		expect(styledRuns(renderEverything(themes['high-contrast'], 3)).filter(run => run.italic)).toEqual([]);
		expect(styledRuns(renderEverything(themes.dark, 3)).filter(run => run.dim)).toEqual([]);
	});

	test('large print has no italic in any theme', () => {
		for (const name of themeNames) {
			expect(styledRuns(renderEverything(withoutItalic(themes[name]), 3)).filter(run => run.italic)).toEqual([]);
		}
	});
});
