import {maxMeasure} from '../render/measures.js';

/** The smallest terminal the kiosk lays out; below it, a centred message asks for more room. */
export const kioskMinimum = {width: 80, height: 24} as const;

/** Header (name and clock, a rule) and footer (a rule, contact and position). */
const chromeRows = 4;
const qrGap = 3;
const minMeasure = 44;
const minTitleRows = 2;

export type KioskLayout = {
	/** The frame without the column and row kept free for the burn-in shift. */
	readonly width: number;
	readonly height: number;
	/** Rows between header and footer. */
	readonly middle: number;
	/** Width of the text column (byline and body). */
	readonly measure: number;
	/** The title spans the text column and the QR code's. */
	readonly titleWidth: number;
	/** Columns before the text column, centring it and the QR code together. */
	readonly margin: number;
	readonly qr: boolean;
	/** At most this many rows go to the title, in big letters or bold. */
	readonly titleBudget: number;
};

/**
Lay out a frame of `width` × `height` cells (the terminal less its last row), `noticeRows` of them for the footer's notices. The QR code is shown only when it fits,
with its caption, beside a text column of at least 44 columns and under a title of two rows at least.
*/
export function kioskLayout(width: number, height: number, qr?: {readonly columns: number; readonly rows: number}, noticeRows = 0): KioskLayout {
	const inner = {width: width - 1, height: height - 1};
	const middle = inner.height - chromeRows - noticeRows;
	const panel = qr ? qr.columns + qrGap : 0;
	// The code and its caption sit beside the byline and body, under a gap row and the title: the rows left above
	// them bound the title, which needs two at least.
	const aboveQr = qr ? middle - 1 - (qr.rows + 1) : 0;
	const showQr = qr !== undefined && aboveQr >= minTitleRows && inner.width - panel >= minMeasure;
	const titleBudget = Math.min(Math.floor(middle * 0.3), showQr ? aboveQr : middle);
	const measure = Math.min(inner.width - (showQr ? panel : 0), maxMeasure);
	const group = measure + (showQr ? panel : 0);
	return {
		...inner,
		middle,
		measure,
		titleWidth: group,
		margin: Math.floor((inner.width - group) / 2),
		qr: showQr,
		titleBudget,
	};
}

/** The cells a QR code of `side` modules (quiet zone included) takes at `scale` columns a module. */
export function qrBox(side: number, scale: number): {readonly columns: number; readonly rows: number} {
	return {columns: side * scale, rows: Math.ceil((side * scale) / 2)};
}

/**
How big the QR code can be drawn: the largest scale (up to 4) that takes nothing from the text column or the title,
so a large screen shows a code that can be scanned from the chairs, and a small one keeps the smallest.
*/
export function qrScale(width: number, height: number, side: number, noticeRows = 0): number {
	const at = (scale: number) => kioskLayout(width, height, qrBox(side, scale), noticeRows);
	const base = at(1);
	let best = 1;
	for (let scale = 2; scale <= 4; scale++) {
		const grown = at(scale);
		if (!grown.qr || grown.measure < base.measure || grown.titleBudget < base.titleBudget) {
			break;
		}

		best = scale;
	}

	return best;
}

export function isTooSmall(width: number, height: number): boolean {
	// `height` is the frame, one row less than the terminal.
	return width < kioskMinimum.width || height + 1 < kioskMinimum.height;
}
