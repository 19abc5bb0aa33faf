import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// eslint-disable-next-line no-control-regex -- SGR codes start with ESC.
const leadingSpaceAfterStyles = /^((?:\u001B\[[\d;]*m)+) +/;

/** Wrap text (ANSI allowed) so every line fits `width` columns by string-width; long words are broken, the first line's indent kept. */
export function wrapLines(text: string, width: number): string[] {
	const lines = wrapAnsi(text, Math.max(1, width), {hard: true, trim: false}).split('\n');
	// A continuation line can start with a style code and then the space the break fell on.
	return lines.map((line, index) => (index === 0 ? line.trimEnd() : line.replace(leadingSpaceAfterStyles, '$1').trim()));
}

/**
The largest of `values`, or `floor` when there are none. A loop, not Math.max(...values): a post under the size cap
can hold a few hundred thousand rows or items, and spreading that many arguments into one call overflows the stack.
*/
export function largest(values: Iterable<number>, floor = 0): number {
	let most = floor;
	for (const value of values) {
		most = Math.max(most, value);
	}

	return most;
}

/** Prefix the first line with `first` and the rest with spaces of the same width (a hanging indent). */
export function hang(lines: readonly string[], first: string, rest = ' '.repeat(stringWidth(first))): string[] {
	return lines.map((line, index) => (line === '' ? line : (index === 0 ? first : rest) + line).trimEnd());
}

// Made on first use, like every Intl object here: the plain pipe path never needs one.
let graphemes: Intl.Segmenter | undefined;

/** `text` cut to `width` columns by string-width, ending in an ellipsis (… or, for ASCII paper, ...) when cut (cli-truncate overshoots on wide characters). */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
	if (stringWidth(text) <= width) {
		return text;
	}

	let kept = '';
	graphemes ??= new Intl.Segmenter();
	for (const {segment} of graphemes.segment(text)) {
		if (stringWidth(kept + segment) > width - stringWidth(ellipsis)) {
			break;
		}

		kept += segment;
	}

	return width >= stringWidth(ellipsis) ? `${kept.trimEnd()}${ellipsis}` : '';
}
