import {Lexer, type Token, type Tokens} from 'marked';
import {inlineText} from './markdown-plain.js';

/** A heading of the article and the rendered line it starts on. */
export type Heading = {readonly depth: number; readonly text: string; readonly line: number};
export type ArticleLink = {readonly label: string; readonly url: string};
export type Outline = {readonly headings: readonly Heading[]; readonly links: readonly ArticleLink[]};

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
	for (const token of tokens) {
		visit(token);
		const {tokens: children, items} = token as {tokens?: Token[]; items?: Tokens.ListItem[]};
		if (children) {
			walk(children, visit);
		}

		if (items) {
			walk(items, visit);
		}

		if (token.type === 'table') {
			const table = token as Tokens.Table;
			walk([...table.header, ...table.rows.flat()].flatMap(cell => cell.tokens), visit);
		}
	}
}

/**
The article's headings, each with the line of `lines` (the rendered article, plain) it starts on, and its links in
reading order, each target once. Headings are found in order, so a heading repeated in the text is not mistaken.
*/
export function articleOutline(markdown: string, lines: readonly string[]): Outline {
	const tokens = new Lexer({gfm: true}).lex(markdown);
	const headings: Heading[] = [];
	const links: ArticleLink[] = [];
	let from = 0;
	walk(tokens, token => {
		if (token.type === 'heading' && headings.length < 1000) {
			const {depth, tokens: inline} = token as Tokens.Heading;
			const text = inlineText(inline).replaceAll(/\s+/g, ' ').trim();
			const start = text.slice(0, 30).trim();
			const line = lines.findIndex((candidate, index) => index >= from && start !== '' && candidate.replaceAll(/\s+/g, ' ').includes(start));
			if (line !== -1) {
				headings.push({depth, text, line});
				from = line + 1;
			}
		}

		if (token.type === 'link') {
			const {href, tokens: label} = token as Tokens.Link;
			const url = inlineText([{type: 'text', raw: href, text: href}]);
			if (!links.some(link => link.url === url)) {
				links.push({label: inlineText(label).trim() || url, url});
			}
		}
	});
	return {headings, links};
}
