import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

// Clusters that counts disagree on: marks (Devanagari vowel signs, Thai), format characters (ZWJ), pictographs.
const disputed = /[\p{M}\p{Cf}\p{Extended_Pictographic}]/u;
const printableAscii = /^[\u0020-\u007E]*$/;
const control = /^\p{Cc}+$/u;
// Made on first use, like every Intl object here: the plain pipe path may never need one.
let graphemes: Intl.Segmenter | undefined;

/**
The columns one grapheme cluster takes: the most of string-width's count (what Ink lays text out by), one cell (what
Ink's screen gives even an invisible cluster), and the sum of its code points (what xterm, VTE and tmux draw: a
Devanagari conjunct is two letters to them, Thai ำ a cell of its own, a ZWJ family four faces).
*/
export function clusterWidth(cluster: string): number {
	// Tabs and newlines are the caller's to place, as string-width leaves them.
	if (control.test(cluster)) {
		return 0;
	}

	let points = 0;
	for (const point of cluster) {
		points += stringWidth(point);
	}

	return Math.max(1, stringWidth(cluster), points);
}

/**
The columns `text` (one line, ANSI styles allowed) takes: the one measure every line on a screen is fitted with. A
line that fits by it never wraps on a terminal that counts code points, and is never clipped by Ink; where a terminal
draws a cluster narrower (kitty draws a ZWJ family as one face), the line ends a cell or two early.
*/
export function displayWidth(text: string): number {
	if (printableAscii.test(text)) {
		return text.length;
	}

	const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	if (!disputed.test(plain)) {
		return stringWidth(plain);
	}

	graphemes ??= new Intl.Segmenter();
	let width = 0;
	for (const {segment} of graphemes.segment(plain)) {
		width += clusterWidth(segment);
	}

	return width;
}

/** The grapheme clusters of `text`, for cutting it without splitting a letter from its marks. */
export function clusters(text: string): Iterable<string> {
	graphemes ??= new Intl.Segmenter();
	return [...graphemes.segment(text)].map(({segment}) => segment);
}
