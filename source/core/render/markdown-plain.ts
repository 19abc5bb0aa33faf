import {decodeHTML} from 'entities';
import {Lexer, type Token, type Tokens} from 'marked';
import {displayWidth} from '../text/width.js';
import {type Block, type BlockKind, flattenBlocks} from './blocks.js';
import {inlineLeafText} from './entities.js';
import {tableLines} from './table-layout.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {hang, largest, wrapLines} from '../text/wrap.js';
import {phoneLink} from './links.js';

/** Entities are decoded once, then sanitized, so "&#27;" can never become a live ESC. */
function cleanText(text: string): string {
	return sanitizeForTerminal(decodeHTML(text));
}

function withoutTags(html: string): string {
	return html.replaceAll(/<[^>]*>/g, '');
}

/** Inline tokens as plain text: links as "label (url)", images as "[Image: alt]". */
export function inlineText(tokens: readonly Token[] = []): string {
	return tokens.map(token => {
		switch (token.type) {
			case 'strong':
			case 'em':
			case 'del': {
				return inlineText((token as Tokens.Strong).tokens);
			}

			// Code is literal: no entity is decoded inside it.
			case 'codespan': {
				return sanitizeForTerminal((token as Tokens.Codespan).text);
			}

			case 'text':
			case 'escape': {
				const {tokens: children} = token as Tokens.Text;
				return children ? inlineText(children) : sanitizeForTerminal(inlineLeafText(token));
			}

			case 'br': {
				return '\n';
			}

			case 'link': {
				const {href, tokens: labelTokens} = token as Tokens.Link;
				const label = inlineText(labelTokens);
				const target = cleanText(href);
				if (/^tel:/i.test(target)) {
					return phoneLink(label, target.slice(4));
				}

				return label === '' || label === target ? target : `${label} (${target})`;
			}

			case 'image': {
				return `[Image: ${cleanText((token as Tokens.Image).text) || 'no description'}]`;
			}

			case 'html': {
				return cleanText(withoutTags((token as Tokens.HTML).text));
			}

			default: {
				const {tokens: children, text} = token as Tokens.Text;
				return children ? inlineText(children) : cleanText(text ?? '');
			}
		}
	}).join('');
}

function paragraph(text: string, width: number): string[] {
	return text.split('\n').flatMap(line => wrapLines(line, width));
}

function underline(lines: readonly string[], character: string): string[] {
	return [...lines, character.repeat(largest(lines.map(line => displayWidth(line))))];
}

// Deeper than this, nesting stops indenting so text never runs past the width.
const narrowest = 12;

/** One block per list item, marker and hanging indent included; an empty item renders nothing and is left out. */
function listBlocks(list: Tokens.List, width: number): Block[] {
	const start = typeof list.start === 'number' ? list.start : 1;
	const markers = list.items.map((item, index) => (list.ordered ? `${start + index}. ` : '- ') + (item.task ? (item.checked ? '[x] ' : '[ ] ') : ''));
	const markerWidth = largest(markers.map(marker => marker.length));
	const indent = width - markerWidth >= narrowest;
	return list.items
		.map((item, index) => {
			const marker = markers[index]!.padEnd(markerWidth);
			const content = item.tokens.filter(child => child.type !== 'checkbox');
			const blocks = renderBlocks(content, indent ? width - markerWidth : width, !list.loose);
			return indent ? hang(blocks, marker) : blocks;
		})
		.filter(lines => lines.length > 0)
		.map((lines, index) => ({kind: 'list-item', lines, gap: index > 0 && list.loose ? 1 : 0}));
}

function table(token: Tokens.Table, width: number): string[] {
	const cells = {header: token.header.map(cell => inlineText(cell.tokens)), rows: token.rows.map(row => row.map(cell => inlineText(cell.tokens))), align: token.align};
	return tableLines(cells, width, {separator: ' | ', line: '-', cross: '-+-'});
}

function renderBlock(token: Token, width: number): string[] {
	switch (token.type) {
		case 'heading': {
			const {depth, tokens} = token as Tokens.Heading;
			const lines = paragraph(inlineText(tokens), width);
			return depth <= 2 ? underline(lines, depth === 1 ? '=' : '-') : lines;
		}

		case 'list': {
			return flattenBlocks(listBlocks(token as Tokens.List, width));
		}

		case 'blockquote': {
			const {tokens} = token as Tokens.Blockquote;
			return width - 2 >= narrowest ? renderBlocks(tokens, width - 2).map(line => `> ${line}`.trimEnd()) : renderBlocks(tokens, width);
		}

		case 'code': {
			return sanitizeForTerminal((token as Tokens.Code).text).split('\n').flatMap(line => hang(wrapLines(line, width - 4), '    '));
		}

		case 'hr': {
			return ['-'.repeat(Math.min(width, 40))];
		}

		case 'table': {
			return table(token as Tokens.Table, width);
		}

		case 'space': {
			return [];
		}

		case 'html': {
			// Raw HTML as its text: tags removed, lines that held only tags dropped, a block of its own.
			return cleanText(withoutTags((token as Tokens.HTML).text)).split('\n').map(line => line.trim()).filter(Boolean).flatMap(line => wrapLines(line, width));
		}

		default: {
			const {tokens, text} = token as Tokens.Paragraph;
			return paragraph(tokens ? inlineText(tokens) : cleanText(text ?? ''), width);
		}
	}
}

/** Blocks one blank line apart; inside a tight list item, none. */
function renderBlocks(tokens: readonly Token[], width: number, tight = false): string[] {
	const lines: string[] = [];
	for (const token of tokens) {
		const block = renderBlock(token, width);
		if (block.length === 0) {
			continue;
		}

		if (lines.length > 0 && !tight) {
			lines.push('');
		}

		// One at a time: a code block can have more lines than a call takes arguments.
		for (const line of block) {
			lines.push(line);
		}
	}

	return lines;
}

const kinds: Readonly<Partial<Record<string, BlockKind>>> = {heading: 'heading', paragraph: 'paragraph', text: 'paragraph', html: 'paragraph'};

/**
Markdown as blocks of plain lines, each with its kind, for a paginator: every list item is a block of its own.
*/
export function renderMarkdownBlocks(markdown: string, width: number): Block[] {
	return new Lexer({gfm: true}).lex(markdown).flatMap((token): Block[] => {
		if (token.type === 'list') {
			return listBlocks(token as Tokens.List, width).map((block, index) => (index === 0 ? {...block, gap: 1} : block));
		}

		const lines = renderBlock(token, width);
		return lines.length === 0 ? [] : [{kind: kinds[token.type] ?? 'other', lines, gap: 1}];
	});
}

/**
Markdown to plain text lines no wider than `width`, with no escape byte.
*/
export function renderPlainMarkdown(markdown: string, width: number): string[] {
	return flattenBlocks(renderMarkdownBlocks(markdown, width));
}
