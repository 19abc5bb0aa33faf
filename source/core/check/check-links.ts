import {Lexer} from 'marked';
import {limitMarkdown} from '../content/markdown-limits.js';
import {sanitizeForTerminal, sanitizeLine} from '../text/sanitize.js';

/** A problem found in a post's Markdown body, on a line of that body (1 = its first line). */
export type BodyProblem = {readonly line: number; readonly message: string};

export type Node = {
	readonly type?: string;
	readonly raw?: string;
	readonly text?: string;
	readonly href?: string;
	readonly tokens?: readonly Node[];
	readonly items?: readonly Node[];
	readonly header?: readonly Node[] | boolean;
	readonly rows?: ReadonlyArray<readonly Node[]>;
};

const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);
const schemePattern = /^([a-z][a-z\d+.-]*):/i;

function childrenOf(node: Node): readonly Node[] {
	// A table cell's `header` is a boolean; only the table's own `header` holds cells.
	return node.type === 'table' ? [...(typeof node.header === 'object' ? node.header : []), ...(node.rows ?? []).flat()] : [...(node.tokens ?? []), ...(node.items ?? [])];
}

/** Newlines in `text` from `from` up to `to`, without copying it. */
function countNewlines(text: string, from: number, to: number): number {
	let count = 0;
	for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
		count++;
	}

	return count;
}

/**
Visit every token with the body line it starts on. Tokens keep their source text in `raw`, but nested blocks
(list items, quotes) lose their indentation and `>`, so a child is found in its parent by its whole text or, failing that, its first line.
Children are found in order, so lines are counted on from the last one found: linear in the text, not quadratic
(a 50,000-row table took minutes).
*/
function walk(nodes: readonly Node[], parentText: string, parentLine: number, visit: (node: Node, line: number) => void): void {
	let cursor = 0;
	let counted = 0;
	let line = parentLine;
	for (const node of nodes) {
		const text = node.raw ?? node.text ?? '';
		const newline = text.indexOf('\n');
		const firstLine = (newline === -1 ? text : text.slice(0, newline)).trim();
		let index = text === '' ? -1 : parentText.indexOf(text, cursor);
		let length = text.length;
		if (index === -1 && firstLine !== '') {
			index = parentText.indexOf(firstLine, cursor);
			length = firstLine.length;
		}

		if (index !== -1) {
			line += countNewlines(parentText, counted, index);
			counted = index;
			cursor = index + length;
		}

		visit(node, index === -1 ? parentLine : line);
		walk(childrenOf(node), text, index === -1 ? parentLine : line, visit);
	}
}

function isWebAddress(href: string): boolean {
	try {
		const url = new URL(href);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/** Why a link target leads nowhere in the reader, or undefined when it is fine. */
export function linkTargetProblem(href: string): string | undefined {
	const target = href.trim();
	if (target === '') {
		return 'links to nothing (the target is empty)';
	}

	const scheme = schemePattern.exec(target)?.[1]?.toLowerCase();
	if (scheme === undefined) {
		return `links to nothing: "${sanitizeLine(target)}" has no scheme (use http, https, mailto or tel)`;
	}

	if (!allowedSchemes.has(scheme)) {
		return `uses the scheme "${sanitizeLine(scheme)}:" (use http, https, mailto or tel)`;
	}

	if ((scheme === 'http' || scheme === 'https') && !isWebAddress(target)) {
		return `has a broken web address "${sanitizeLine(target)}"`;
	}

	return undefined;
}

/** Every Markdown token of a body as the reader renders it, with its body line (both steps keep every line break). */
export function walkBody(markdown: string, visit: (node: Node, line: number) => void): void {
	const text = limitMarkdown(sanitizeForTerminal(markdown));
	walk(new Lexer().lex(text) as readonly Node[], text, 1, visit);
}

/**
Links with an empty target or a scheme the reader cannot open, and images without alt text, each with its body line.
*/
export function checkBody(markdown: string): BodyProblem[] {
	const problems: BodyProblem[] = [];
	walkBody(markdown, (node, line) => {
		if (node.type === 'link') {
			const problem = linkTargetProblem(node.href ?? '');
			if (problem !== undefined) {
				problems.push({line, message: `link "${sanitizeLine(node.text ?? '')}" ${problem}`});
			}
		} else if (node.type === 'image' && (node.text ?? '').trim() === '') {
			const source = sanitizeLine(node.href ?? '');
			problems.push({line, message: source === '' ? 'image has no alt text' : `image "${source}" has no alt text`});
		}
	});
	return problems;
}
