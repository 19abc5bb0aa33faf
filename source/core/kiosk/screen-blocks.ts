import {Lexer, type Token, type Tokens} from 'marked';
import type {Block} from '../render/blocks.js';
import {inlineText} from '../render/markdown-plain.js';
import {paginate} from '../print/paginate.js';

/** One screenful: body lines `start` to `end` (exclusive). */
export type ScreenRange = {readonly start: number; readonly end: number};

const listMarker = /^\s{0,2}(?:[•*+-]|\d+[.)])\s/;
const normalize = (text: string) => text.toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, '');

function headingTexts(markdown: string): Set<string> {
	const texts = new Set<string>();
	const walk = (tokens: readonly Token[]) => {
		for (const token of tokens) {
			if (token.type === 'heading') {
				texts.add(normalize(inlineText((token as Tokens.Heading).tokens)));
			}

			const children = (token as {tokens?: Token[]}).tokens;
			if (children && token.type !== 'heading') {
				walk(children);
			}
		}
	};

	walk(new Lexer({gfm: true}).lex(markdown));
	return texts;
}

type Located = Block & {readonly first: number};

/**
The rendered body's lines as the print paginator's blocks: runs of lines between blank lines, a list item each on
its own, and the runs that read as one of the Markdown's headings marked as headings.
*/
export function screenBlocks(plain: readonly string[], markdown: string): Located[] {
	const headings = headingTexts(markdown);
	const blocks: Located[] = [];
	let gap = 0;
	let run: number[] = [];
	const close = () => {
		if (run.length === 0) {
			return;
		}

		const lines = run.map(index => plain[index]!);
		const isHeading = headings.has(normalize(lines.join(' ')));
		const starts = isHeading ? [0] : run.flatMap((_, at) => (at === 0 || listMarker.test(lines[at]!) ? [at] : []));
		for (const [piece, from] of starts.entries()) {
			const to = starts[piece + 1] ?? lines.length;
			const kind = isHeading ? 'heading' : (listMarker.test(lines[from]!) ? 'list-item' : 'paragraph');
			blocks.push({kind, lines: lines.slice(from, to), gap: piece === 0 ? gap : 0, first: run[from]!});
		}

		run = [];
		gap = 0;
	};

	for (const [index, line] of plain.entries()) {
		if (line.trim() === '') {
			close();
			gap++;
		} else {
			run.push(index);
		}
	}

	close();
	return blocks;
}

/**
Screenfuls of `height` lines by the print paginator's rule: a heading never ends a screen, a list item (a tip) moves
whole to the next one when it fits there, a paragraph splits only with two lines or more on each side.
*/
export function screenRanges(plain: readonly string[], markdown: string, height: number): ScreenRange[] {
	const blocks = screenBlocks(plain, markdown);
	if (blocks.length === 0) {
		return [{start: 0, end: Math.min(plain.length, height)}];
	}

	return paginate(blocks, height).map(pieces => {
		const first = pieces[0]!;
		const last = pieces.at(-1)!;
		// The lines between, blank ones included, are the page's gaps; those at a break fall outside.
		return {start: blocks[first.block]!.first + first.start, end: blocks[last.block]!.first + last.end};
	});
}
