import {type BigFont, bigTitle} from './big-title.js';
import type {Notice} from '../notices/notices.js';
import {wrapLines} from '../text/wrap.js';

/** An urgent notice laid out for the kiosk: its title and body in big letters where they fit, else bold and spaced. */
export type NoticeScreen = {
	readonly title: readonly string[];
	readonly titleBig: boolean;
	readonly body: readonly string[];
	readonly bodyBig: boolean;
};

/**
Fit a notice in `width` × `rows`: the title gets big letters first (up to 40 % of the rows), then the body gets what
is left; plain text is double-spaced so it still reads from across the room.
*/
export function layoutNotice(notice: Notice, width: number, rows: number, fonts: readonly BigFont[]): NoticeScreen {
	const bigTitleRows = bigTitle(notice.title, width, Math.floor(rows * 0.4), fonts);
	const title = bigTitleRows ?? wrapLines(notice.title, width).slice(0, 3);
	// A gap under the title and one above the contact line.
	const left = rows - title.length - 3;
	const text = notice.body.replaceAll(/\s+/g, ' ').trim();
	const bigBody = text === '' ? undefined : bigTitle(text, width, left, fonts);
	if (bigBody) {
		return {title, titleBig: bigTitleRows !== undefined, body: bigBody, bodyBig: true};
	}

	const paragraphs = notice.body.split(/\n{2,}/).map(paragraph => paragraph.replaceAll(/\s+/g, ' ').trim()).filter(Boolean);
	const spaced = paragraphs.flatMap(paragraph => wrapLines(paragraph, width)).flatMap((line, index) => (index === 0 ? [line] : ['', line]));
	const body = spaced.length <= left ? spaced : paragraphs.flatMap(paragraph => wrapLines(paragraph, width)).slice(0, Math.max(0, left));
	return {title, titleBig: bigTitleRows !== undefined, body, bodyBig: false};
}
