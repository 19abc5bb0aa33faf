import {decodeHTMLStrict} from 'entities';
import type {Token} from 'marked';

// CommonMark: a named reference needs its `;`; decimal up to 7 digits, hexadecimal up to 6 (spec 2.5).
const reference = /&(?:#(\d{1,7})|#[Xx]([\dA-Fa-f]{1,6})|[A-Za-z][A-Za-z\d]{0,31});/g;

function codePoint(value: number): string {
	return value === 0 || value > 0x10_FF_FF || (value >= 0xD8_00 && value <= 0xDF_FF) ? '\uFFFD' : String.fromCodePoint(value);
}

/**
Decode the entity and numeric character references of Markdown text as CommonMark does: only complete references;
an unknown name, a missing `;` or too many digits stay as they were written. Never for code spans or blocks.
*/
export function decodeEntities(text: string): string {
	return text.replaceAll(reference, (whole, decimal?: string, hexadecimal?: string) => {
		if (decimal !== undefined) {
			return codePoint(Number.parseInt(decimal, 10));
		}

		return hexadecimal === undefined ? decodeHTMLStrict(whole) : codePoint(Number.parseInt(hexadecimal, 16));
	});
}

/**
The text of a leaf inline token (text or backslash escape), decoded once from its source. marked's own `text` is
HTML-ready, half decoded (numeric references) and half not (named ones), so decoding it again would decode twice.
*/
export function inlineLeafText(token: Token): string {
	const raw = token.raw ?? '';
	if (token.type === 'escape') {
		return raw.startsWith('\\') ? raw.slice(1) : raw;
	}

	return decodeEntities(raw);
}
