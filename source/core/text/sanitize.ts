/* eslint-disable no-control-regex -- matching control characters is the point of this module. */
// Whole escape sequences go first, so no parameter residue ("[2J") is left behind.
const csi = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g;
// OSC, DCS, SOS, PM and APC carry a string up to a terminator (BEL or ST).
const stringSequence = /(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)/g;
// Any other escape: ESC, intermediates, one final byte.
const otherEscape = /\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
// What is left: C0 but tab and newline, DEL, C1, and the bidi overrides and isolates. And the invisible characters
// that stand alone (a soft hyphen, zero-width space, word joiner, BOM): a terminal draws nothing for them, or a cell,
// while Ink gives each a cell, so a line holding them loses its last letters. ZWJ and ZWNJ stay: they join letters
// and emoji, and are part of the cluster before them.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const anyControl = new RegExp(controls.source);

/**
Remove every escape sequence and control character from untrusted text, keeping newlines, tabs and all printable text.
*/
export function sanitizeForTerminal(text: string): string {
	// Every sequence removed below starts with a character of `controls` (ESC, CSI, the C1 string introducers; CR is
	// one too): text with none of them, and no lone surrogate, is returned as it is, after one scan instead of six.
	if (!anyControl.test(text) && text.isWellFormed()) {
		return text;
	}

	return text
		.toWellFormed()
		.replaceAll(/\r\n?/g, '\n')
		.replaceAll(stringSequence, '')
		.replaceAll(csi, '')
		.replaceAll(otherEscape, '')
		.replaceAll(controls, '');
}

/**
Also fold newlines and tabs to spaces: for one-line fields such as titles, slugs and arguments.
*/
export function sanitizeLine(text: string): string {
	return sanitizeForTerminal(text).replaceAll(/[\n\t]+/g, ' ').trim();
}

// Everything sanitizeLine removes or folds starts with one of these (or is lone surrogate or outer white space).
const unsafeInLine = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** True when sanitizeLine would return `text` unchanged: how cached fields are checked without rewriting them. */
export function isCleanLine(text: string): boolean {
	return text.isWellFormed() && !unsafeInLine.test(text) && text.trim() === text;
}

/** No warning or error line is longer than this: one quoting a huge value must not flood a terminal or a log. */
export const maxMessageLength = 400;

/** Cut a message to `maxMessageLength` characters (whole code points), marking the cut with "…". */
export function capMessage(text: string, max = maxMessageLength): string {
	if (text.length <= max) {
		return text;
	}

	const kept = [...text.slice(0, max + 1)].slice(0, max - 1).join('');
	return `${kept}…`;
}

// What styled text may hold: SGR styles, and OSC 8 links of printable ASCII with ST (core/render/links.ts).
const sgr = /\u001B\[[\d;:]*m/g;
const link = /\u001B\]8;[\u0020-\u007E]*\u001B\\/g;

/**
True when `text` holds no escape but styles and links, and no control character but newline and tab: how styled text
kept on disk (the article cache) is checked before it goes back to a terminal.
*/
export function isStyledTextSafe(text: string): boolean {
	return text.isWellFormed() && !anyControl.test(text.replaceAll(sgr, '').replaceAll(link, ''));
}
