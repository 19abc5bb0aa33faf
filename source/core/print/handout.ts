import stringWidth from 'string-width';
import {type ArticleInput, renderArticleBlocks} from '../render/article.js';
import type {Block} from '../render/blocks.js';
import {type Clinic, contactRows} from '../content/clinic.js';
import {frameLines, pageLines, paginate} from './paginate.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {hang, truncateToWidth, wrapLines} from '../text/wrap.js';

/** How a handout is laid out: columns, lines a page, and whether the contact block is printed. */
export type HandoutOptions = {
	readonly width: number;
	readonly pageLength: number;
	/** The clinic's contact block after the article. */
	readonly contact: boolean;
};

/** A line printer's US Letter page: 11 inches at 6 lines an inch, 72 columns at 10 characters an inch inside the margins. */
export const handoutDefaults = {width: 72, pageLength: 66} as const;

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

/** The article's blocks, then the contact block and the clinic's disclaimer. */
export function handoutBlocks(input: ArticleInput, {width, contact}: Omit<HandoutOptions, 'pageLength'>): Block[] {
	const {disclaimer} = input.clinic;
	return [
		...renderArticleBlocks(input, width),
		...(contact ? [{kind: 'other', lines: contactLines(input.clinic, width), gap: 1} as const] : []),
		...(disclaimer ? [{kind: 'paragraph', lines: wrapLines(disclaimer, width), gap: 1} as const] : []),
	];
}

function fits(left: string, right: string, width: number): boolean {
	return stringWidth(left) + 2 + stringWidth(right) <= width;
}

/** `left` and `right` at the two ends of a line; when they do not fit, the left gives way down to half the line. */
export function spread(left: string, right: string, width: number): string {
	const room = width - 2;
	const leftRoom = Math.min(stringWidth(left), Math.max(room - stringWidth(right), Math.ceil(room / 2)));
	const shownLeft = truncateToWidth(left, leftRoom);
	const shownRight = truncateToWidth(right, room - stringWidth(shownLeft));
	return shownLeft + ' '.repeat(Math.max(2, width - stringWidth(shownLeft) - stringWidth(shownRight))) + shownRight;
}

/** Page number and phone, in the longest form that fits. */
function footer(clinic: Clinic, page: number, pages: number, width: number): string {
	const lefts = [`Questions? Call ${clinic.phone}`, `Call ${clinic.phone}`, clinic.phone];
	const rights = [`Page ${page} of ${pages}`, `${page}/${pages}`];
	for (const right of rights) {
		const left = lefts.find(candidate => fits(candidate, right, width));
		if (left !== undefined) {
			return spread(left, right, width);
		}
	}

	return spread(clinic.phone, rights[1]!, width);
}

/**
One article as printed pages, each exactly `pageLength` lines (header, blank, text, blank, footer) and ended by a form feed.
Plain text, no escape byte.
*/
export function renderHandout(input: ArticleInput, {width, pageLength, contact}: HandoutOptions): string {
	const blocks = handoutBlocks(input, {width, contact});
	const height = pageLength - frameLines;
	const pages = paginate(blocks, height);
	const header = spread(input.clinic.name, input.post.title, width);
	return pages.map((pieces, index) => {
		const text = pageLines(blocks, pieces);
		const lines = [header, '', ...text, ...Array.from({length: height - text.length}, () => ''), '', footer(input.clinic, index + 1, pages.length, width)];
		// The form feed is added after sanitizing, which would remove it.
		return `${sanitizeForTerminal(lines.join('\n'))}\f`;
	}).join('');
}
