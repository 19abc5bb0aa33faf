import {decodeHTML} from 'entities';
import {Lexer, type Token, type Tokens} from 'marked';
import type {ArticleInput} from './article.js';
import {formatSignOff} from '../content/clinic.js';
import {formatByline} from './byline.js';
import {inlineText} from './markdown-plain.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {wrapLines} from '../text/wrap.js';

// What a screen reader reads: words only. Structure is said ("Heading level 2: …", "Quote.", "End of quote."), never
// drawn with rules, bars, bullets or box-drawing characters, which a screen reader would read out one by one.

function words(text: string, width: number): string[] {
	return text.split('\n').flatMap(line => (line.trim() === '' ? [] : wrapLines(line.trim(), width)));
}

function spokenList(list: Tokens.List, width: number): string[] {
	const start = typeof list.start === 'number' ? list.start : 1;
	const items = list.items.map((item, index) => {
		const label = list.ordered ? `${start + index}. ` : (item.task ? (item.checked ? 'Done: ' : 'To do: ') : '');
		// Set narrower by the label, so the label never pushes a line past the width.
		const lines = spokenBlocks(item.tokens, Math.max(20, width - label.length));
		return lines.length > 0 ? [`${label}${lines[0]!}`, ...lines.slice(1)] : [];
	});
	return [`List of ${list.items.length} ${list.items.length === 1 ? 'item' : 'items'}.`, ...items.flat(), 'End of list.'];
}

function spokenTable(table: Tokens.Table, width: number): string[] {
	const header = table.header.map(cell => inlineText(cell.tokens));
	return [
		`Table of ${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}.`,
		...table.rows.flatMap((row, index) => [
			`Row ${index + 1}.`,
			...row.flatMap((cell, column) => words(`${header[column] || `Column ${column + 1}`}: ${inlineText(cell.tokens)}`, width)),
		]),
		'End of table.',
	];
}

function spokenBlock(token: Token, width: number): string[] {
	switch (token.type) {
		case 'heading': {
			const {depth, tokens} = token as Tokens.Heading;
			return words(`Heading level ${depth}: ${inlineText(tokens)}`, width);
		}

		case 'list': {
			return spokenList(token as Tokens.List, width);
		}

		case 'blockquote': {
			return ['Quote.', ...spokenBlocks((token as Tokens.Blockquote).tokens, width), 'End of quote.'];
		}

		case 'code': {
			const code = sanitizeForTerminal(decodeHTML((token as Tokens.Code).text)).split('\n').filter(line => line.trim() !== '');
			return ['Code.', ...code.flatMap(line => wrapLines(line, width)), 'End of code.'];
		}

		case 'table': {
			return spokenTable(token as Tokens.Table, width);
		}

		case 'hr':
		case 'space': {
			return [];
		}

		case 'html': {
			return words(sanitizeForTerminal(decodeHTML((token as Tokens.HTML).text.replaceAll(/<[^>]*>/g, ''))), width);
		}

		default: {
			const {tokens, text} = token as Tokens.Paragraph;
			return words(tokens ? inlineText(tokens) : sanitizeForTerminal(text ?? ''), width);
		}
	}
}

function spokenBlocks(tokens: readonly Token[], width: number): string[] {
	return tokens.flatMap(token => spokenBlock(token, width));
}

/**
An article as lines for a screen reader, one idea a line: title, byline, body with its structure said in words, and the
clinic's closing line. No escape code and no symbol glyph of ours.
*/
export function renderSpokenArticle({post, clinic}: ArticleInput, width: number): string[] {
	const body = spokenBlocks(new Lexer({gfm: true}).lex(sanitizeForTerminal(post.body)), width);
	return [
		...words(`Title: ${post.title}`, width),
		...words(formatByline(post, ', '), width),
		...(post.image ? words(`Image: ${post.image.alt}`, width) : []),
		...body,
		'End of article.',
		...words(formatSignOff(clinic, ', '), width),
	];
}
