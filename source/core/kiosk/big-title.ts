import figlet from 'figlet';
import ansiRegular from 'figlet/importable-fonts/ANSI Regular.js';
import future from 'figlet/importable-fonts/Future.js';
import calvinS from 'figlet/importable-fonts/Calvin S.js';
import {displayWidth} from '../text/width.js';

/**
Letter fonts for titles read across a room, largest first. ANSI Regular draws with █ ▀ ▄ only and Calvin S with the
light and double box-drawing lines of code page 437, which even the Linux console's font has; Future needs heavy ones.
On the console, Calvin S is what gives a long title big letters at 120 columns: ANSI Regular is six rows a line.
*/
export const bigFonts = [
	{name: 'ANSI Regular', consoleSafe: true},
	{name: 'Future', consoleSafe: false},
	{name: 'Calvin S', consoleSafe: true},
] as const;

export type BigFont = (typeof bigFonts)[number]['name'];

// Parsed from imported text, not read from figlet's folder at run time: the bundle has no such folder.
const fontData: Readonly<Record<BigFont, string>> = {'ANSI Regular': ansiRegular, Future: future, 'Calvin S': calvinS};
const parsed = new Set<BigFont>();

function ensureFont(font: BigFont): void {
	if (!parsed.has(font)) {
		figlet.parseFont(font, fontData[font]);
		parsed.add(font);
	}
}

/** Whether the font draws every character; Future stands in a plain "#" for the few it lacks (# < > ^). */
function hasGlyphs(font: BigFont, text: string): boolean {
	ensureFont(font);
	const glyphs = figlet.figFonts[font];
	return [...text].every(character => {
		const glyph = glyphs?.[character.codePointAt(0)!];
		return character === ' ' || (glyph !== undefined && glyph.join('').trim() !== character);
	});
}

const maxLines = 3;

/** Fold typographic punctuation to the ASCII the fonts have; undefined when anything else is left. */
function toFontText(title: string): string | undefined {
	const text = title
		.replaceAll(/[‘’‚′]/g, '\'')
		.replaceAll(/[“”„″]/g, '"')
		.replaceAll(/[‐‑‒–—―]/g, '-')
		.replaceAll('…', '...')
		.replaceAll(/\s+/g, ' ')
		.trim();
	return /^[\u0020-\u007E]+$/.test(text) ? text : undefined;
}

function draw(text: string, font: BigFont): string[] {
	const lines = figlet.textSync(text, {font}).split('\n').map(line => line.trimEnd());
	while (lines.length > 0 && lines.at(-1) === '') {
		lines.pop();
	}

	while (lines.length > 0 && lines[0] === '') {
		lines.shift();
	}

	return lines;
}

const widthOf = (lines: readonly string[]) => Math.max(0, ...lines.map(line => displayWidth(line)));

/** Words packed greedily into lines of big letters no wider than `width`; undefined if one word alone is too wide. */
function pack(words: readonly string[], font: BigFont, width: number): string[][] | undefined {
	const lines: string[][] = [];
	let current = '';
	let drawn: string[] = [];
	for (const word of words) {
		const candidate = current === '' ? word : `${current} ${word}`;
		const attempt = draw(candidate, font);
		if (widthOf(attempt) <= width) {
			current = candidate;
			drawn = attempt;
			continue;
		}

		if (current === '') {
			return undefined;
		}

		lines.push(drawn);
		current = word;
		drawn = draw(word, font);
		if (widthOf(drawn) > width) {
			return undefined;
		}
	}

	if (current !== '') {
		lines.push(drawn);
	}

	return lines;
}

/**
The title in the largest font whose lines fit `width` columns and `maxRows` rows in all (three lines at most), or
undefined when none does and the title should be plain bold text.
*/
export function bigTitle(title: string, width: number, maxRows: number, fonts: readonly BigFont[] = bigFonts.map(font => font.name)): string[] | undefined {
	const text = toFontText(title);
	if (text === undefined) {
		return undefined;
	}

	const words = text.split(' ');
	for (const font of fonts) {
		if (!hasGlyphs(font, text)) {
			continue;
		}

		const lines = pack(words, font, width);
		if (lines && lines.length <= maxLines) {
			const rows = lines.flat();
			if (rows.length <= maxRows) {
				return rows;
			}
		}
	}

	return undefined;
}
