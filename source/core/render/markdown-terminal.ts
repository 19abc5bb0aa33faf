import {decodeHTML} from 'entities';
import {Marked, type Tokens} from 'marked';
import {markedTerminal} from 'marked-terminal';
import stripAnsi from 'strip-ansi';
import {displayWidth} from '../text/width.js';
import {inlineLeafText} from './entities.js';
import {hyperlink, isClickable} from './links.js';
import {tableLines} from './table-layout.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {hang, truncateToWidth, wrapLines} from '../text/wrap.js';
import {type ColorLevel, createPaint, type Paint} from '../theme/paint.js';
import {type Role, type Theme, themes} from '../theme/themes.js';

export type TerminalOptions = {
	readonly width: number;
	/** 0 for no escape codes, up to 3 for truecolor (chalk levels). */
	readonly colorLevel: ColorLevel;
	/** The colours and emphasis; dark when not given. */
	readonly theme?: Theme;
	/** Large print: headings get a second blank line above them, to stand apart at a glance. */
	readonly large?: boolean;
	/** Emit OSC 8 links for web, mail and phone targets. */
	readonly hyperlinks: boolean;
};

// A line's hanging indent: leading spaces, quote bars and a list marker, as the renderers below print them.
const indentPattern = /^((?:\s|│)*(?:(?:[•*-]|\d+\.)\s+)?)/;
const marker = /[•*-]|\d+\./g;
const bar = '│ ';

// marked-terminal's style hooks, each taking the text it styles, from the theme's roles.
function styles(paint: Paint, large = false) {
	const role = (name: Role) => (text: string) => paint(name, text);
	const plain = (text: string) => text;
	const spaced = (name: Role) => (large ? (text: string) => `\n${paint(name, text)}` : role(name));
	return {
		code: role('code'),
		blockquote: role('quote'),
		html: role('faint'),
		heading: spaced('heading'),
		firstHeading: spaced('firstHeading'),
		subheading: spaced('subheading'),
		hr: role('faint'),
		listitem: plain,
		table: plain,
		paragraph: plain,
		strong: role('strong'),
		em: role('em'),
		codespan: role('code'),
		del: role('del'),
		link: role('link'),
		href: role('link'),
	};
}

function createParser({colorLevel, hyperlinks, width, large}: TerminalOptions, paint: Paint): Marked {
	const style = styles(paint, large);
	const role = (name: Role) => (text: string) => paint(name, text);
	const clean = (text: string) => sanitizeForTerminal(decodeHTML(text));
	return new Marked(
		markedTerminal({
			...style,
			emoji: false,
			showSectionPrefix: colorLevel === 0,
			reflowText: false,
			tab: 2,
			// cli-table3 colours with its own palette, which no theme measures: cells and borders keep the text colour.
			tableOptions: {style: {head: [], border: []}},
			// Typed in marked-terminal 7 but missing from @types/marked-terminal 6.
			...{image: (_href: string, _title: string, text: string) => paint('faint', `[Image: ${clean(text) || 'no description'}]`)},
		}) as never,
		{
			renderer: {
				// Own lists: marked-terminal loses nesting and leaves inline styles raw inside items.
				list(token: Tokens.List) {
					const start = typeof token.start === 'number' ? token.start : 1;
					const items = token.items.map((item, index) => {
						const checkbox = item.checked ? '☑ ' : '☐ ';
						const bullet = item.task ? checkbox : (token.ordered ? `${start + index}. ` : (colorLevel > 0 ? '• ' : '- '));
						const body = item.tokens
							.filter(child => child.type !== 'checkbox')
							.map(child => child.type === 'text' ? this.parser.parseInline((child as Tokens.Text).tokens ?? [child]) : this.parser.parse([child]).replace(/\n+$/, ''))
							.join(item.loose ? '\n\n' : '\n');
						return body.split('\n').map((line, lineIndex) => (lineIndex === 0 ? bullet : (line === '' ? '' : ' '.repeat(bullet.length))) + line).join('\n');
					});
					return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
				},
				blockquote({tokens}: Tokens.Blockquote) {
					const body = this.parser.parse(tokens).replace(/\n+$/, '');
					return `${body.split('\n').map(line => paint('faint', bar) + style.blockquote(line)).join('\n')}\n\n`;
				},
				// Code is literal (no entities) and never wrapped: a line too long is cut, and the cut is marked.
				code({text}: Tokens.Code) {
					const lines = sanitizeForTerminal(text).replaceAll('\t', '    ').split('\n');
					return `${lines.map(line => `    ${style.code(displayWidth(line) > width - 4 ? truncateToWidth(line, width - 4) : line)}`).join('\n')}\n\n`;
				},
				codespan({text}: Tokens.Codespan) {
					return style.codespan(sanitizeForTerminal(text));
				},
				// Raw HTML as its text: tags removed, a block of its own.
				html(token: Tokens.HTML | Tokens.Tag) {
					const bare = clean(token.text.replaceAll(/<[^>]*>/g, ''));
					return 'block' in token && token.block ? `${bare.split('\n').map(line => line.trim()).filter(Boolean).join('\n')}\n\n` : bare;
				},
				heading({depth, tokens}: Tokens.Heading) {
					const text = (colorLevel === 0 ? `${'#'.repeat(depth)} ` : '') + this.parser.parseInline(tokens);
					return `${(depth === 1 ? style.firstHeading : (depth === 2 ? style.heading : style.subheading))(text)}\n\n`;
				},
				table({header, rows, align}: Tokens.Table) {
					const cells = {header: header.map(cell => this.parser.parseInline(cell.tokens)), rows: rows.map(row => row.map(cell => this.parser.parseInline(cell.tokens))), align};
					return `${tableLines(cells, width, {separator: ' │ ', line: '─', cross: '─┼─', head: role('strong'), border: role('faint')}).join('\n')}\n\n`;
				},
				hr() {
					return `${style.hr('─'.repeat(Math.min(width, 40)))}\n\n`;
				},
				// marked-terminal prints a list item's text token raw, so **bold** inside lists would show its stars.
				text(token: Tokens.Text | Tokens.Escape) {
					return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : sanitizeForTerminal(inlineLeafText(token));
				},
				link({href, tokens}: Tokens.Link) {
					const label = this.parser.parseInline(tokens);
					const target = clean(href);
					if (hyperlinks && isClickable(target)) {
						return style.link(hyperlink(label, target));
					}

					return stripAnsi(label) === target ? style.href(target) : `${style.link(label)} ${paint('faint', `(${target})`)}`;
				},
			},
		},
	);
}

/**
Markdown to terminal lines with ANSI styles, each no wider than `width`; list items and quotes keep a hanging indent.
*/
export function renderTerminalMarkdown(markdown: string, options: TerminalOptions): string[] {
	const paint = createPaint(options.theme ?? themes.dark, options.colorLevel);
	const rendered = createParser(options, paint).parse(sanitizeForTerminal(markdown), {async: false});
	const lines = rendered.replace(/\n+$/, '').split('\n');
	return lines.flatMap(line => {
		const indent = indentPattern.exec(stripAnsi(line))?.[1] ?? '';
		const indentWidth = indent.length;
		if (indentWidth === 0 || options.width - indentWidth < 12) {
			return wrapLines(line, options.width);
		}

		const [first = '', ...rest] = wrapLines(line, options.width);
		const tail = rest.length > 0 ? wrapLines(rest.join(' '), options.width - indentWidth) : [];
		const continuation = indent.replaceAll(marker, found => ' '.repeat(found.length)).replaceAll('│', '\u0000');
		const prefix = continuation.replaceAll('\u0000', paint('faint', '│'));
		return [first, ...hang(tail, prefix, prefix)];
	});
}
