import {displayWidth} from '../text/width.js';
import {type ArticleInput, renderArticleBlocks} from '../render/article.js';
import type {Block} from '../render/blocks.js';
import {type Clinic, contactRows} from '../content/clinic.js';
import {frameLines, pageLines, paginate, type Piece} from './paginate.js';
import {glueClosing, isClosingCall} from './closing.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {hang, truncateToWidth, wrapLines} from '../text/wrap.js';

/** How a handout is laid out: columns, lines a page, and whether the contact block is printed. */
export type HandoutOptions = {
	readonly width: number;
	readonly pageLength: number;
	/** The clinic's contact block after the article. */
	readonly contact: boolean;
	/** For a printer that may not have UTF-8: text made ASCII by this (any-ascii), and "..." for a cut. */
	readonly toAscii?: (text: string) => string;
};

/** A line printer's US Letter page: 11 inches at 6 lines an inch, 72 columns at 10 characters an inch inside the margins. */
export const handoutDefaults = {width: 72, pageLength: 66} as const;

/**
Large print (print --large): printed with `lpr -o cpi=7 -o lpi=5`, 48 columns are 6.9 inches and 48 lines 9.6 inches of
a Letter page, in type of about 17 points (7 characters an inch of Courier, whose advance is 0.6 of its size).
*/
export const largeHandout = {width: 48, pageLength: 48} as const;

// Narrower than this, a contact value wraps under its label instead of beside it.
const narrowestValue = 16;

/** The contact card (contactRows, aligned as formatContactCard aligns them), wrapped to the page. */
export function contactLines(clinic: Clinic, width: number): string[] {
	const rows = contactRows(clinic);
	const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 3;
	return [
		...wrapLines(clinic.name, width),
		...rows.flatMap(([label, value]) => (width - labelWidth >= narrowestValue
			? hang(wrapLines(value, width - labelWidth), `${label}:`.padEnd(labelWidth))
			: wrapLines(`${label}: ${value}`, width))),
	];
}

/** A handout's blocks and where the closing ones (the contact block or sign-off, the disclaimer) begin. */
export type HandoutBlocks = {readonly blocks: readonly Block[]; readonly closingStart: number};

/**
The article's blocks without its closing call to action and sign-off, then the contact block (or, with --no-contact,
the one-line sign-off) and the clinic's disclaimer: the clinic's details once on paper.
*/
export function handoutBlocks(input: ArticleInput, {width, contact}: Omit<HandoutOptions, 'pageLength'>): HandoutBlocks {
	const {disclaimer} = input.clinic;
	const article = renderArticleBlocks(input, width);
	const signOff = article.at(-1)!;
	const body = article.slice(0, -1);
	const text = isClosingCall(body.at(-1), input.clinic) && body.length > 1 ? body.slice(0, -1) : body;
	const blocks: Block[] = [
		...text,
		contact ? {kind: 'other', lines: contactLines(input.clinic, width), gap: 1} : signOff,
		...(disclaimer ? [{kind: 'paragraph', lines: wrapLines(disclaimer, width), gap: 1} as const] : []),
	];
	return {blocks, closingStart: text.length};
}

/** The blocks and their pages; when the closing blocks would stand alone on the last page, the text's end comes along. */
export function handoutLayout(input: ArticleInput, {width, pageLength, contact}: HandoutOptions): {blocks: readonly Block[]; pages: Piece[][]} {
	const {blocks, closingStart} = handoutBlocks(input, {width, contact});
	const height = pageLength - frameLines;
	const pages = paginate(blocks, height);
	if (pages.length > 1 && pages.at(-1)!.every(piece => piece.block >= closingStart)) {
		const glued = glueClosing(blocks, closingStart);
		return {blocks: glued, pages: paginate(glued, height)};
	}

	return {blocks, pages};
}

function fits(left: string, right: string, width: number): boolean {
	return displayWidth(left) + 2 + displayWidth(right) <= width;
}

/** `left` and `right` at the two ends of a line; when they do not fit, the left gives way down to half the line. */
export function spread(left: string, right: string, width: number, ellipsis = '…'): string {
	const room = width - 2;
	const leftRoom = Math.min(displayWidth(left), Math.max(room - displayWidth(right), Math.ceil(room / 2)));
	const shownLeft = truncateToWidth(left, leftRoom, ellipsis);
	const shownRight = truncateToWidth(right, room - displayWidth(shownLeft), ellipsis);
	return shownLeft + ' '.repeat(Math.max(2, width - displayWidth(shownLeft) - displayWidth(shownRight))) + shownRight;
}

/** The post and clinic with every text made ASCII, before layout, so widths are measured on what is printed. */
function asciiInput({post, clinic}: ArticleInput, toAscii: (text: string) => string): ArticleInput {
	const texts = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).map(([key, field]) => [key, typeof field === 'string' ? toAscii(field) : field])) as T;
	return {
		post: {...texts(post), body: toAscii(post.body), tags: post.tags.map(tag => toAscii(tag)), ...(post.image ? {image: texts(post.image)} : {})},
		clinic: texts(clinic),
	};
}

/** Page number and phone, in the longest form that fits. */
function footer(clinic: Clinic, page: number, pages: number, width: number, ellipsis: string): string {
	const lefts = [`Questions? Call ${clinic.phone}`, `Call ${clinic.phone}`, clinic.phone];
	const rights = [`Page ${page} of ${pages}`, `${page}/${pages}`];
	for (const right of rights) {
		const left = lefts.find(candidate => fits(candidate, right, width));
		if (left !== undefined) {
			return spread(left, right, width, ellipsis);
		}
	}

	return spread(clinic.phone, rights[1]!, width, ellipsis);
}

/**
One article as printed pages, each exactly `pageLength` lines (header, blank, text, blank, footer) and ended by a form feed.
Plain text, no escape byte.
*/
export function renderHandout(given: ArticleInput, {width, pageLength, contact, toAscii}: HandoutOptions): string {
	const input = toAscii ? asciiInput(given, toAscii) : given;
	const ellipsis = toAscii ? '...' : '…';
	const {blocks, pages} = handoutLayout(input, {width, pageLength, contact});
	const height = pageLength - frameLines;
	const header = spread(input.clinic.name, input.post.title, width, ellipsis);
	return pages.map((pieces, index) => {
		const text = pageLines(blocks, pieces);
		const lines = [header, '', ...text, ...Array.from({length: height - text.length}, () => ''), '', footer(input.clinic, index + 1, pages.length, width, ellipsis)];
		// The form feed is added after sanitizing, which would remove it; on ASCII paper, whatever is left over is a "?".
		const page = sanitizeForTerminal(lines.join('\n'));
		return `${toAscii ? page.replaceAll(/[^\n\u0020-\u007E]/g, '?') : page}\f`;
	}).join('');
}
