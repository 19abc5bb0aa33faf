import wrapAnsi from 'wrap-ansi';
import {clusters, clusterWidth, displayWidth} from './width.js';

// eslint-disable-next-line no-control-regex -- SGR codes start with ESC.
const leadingSpaceAfterStyles = /^((?:\u001B\[[\d;]*m)+) +/;

function wrapOnce(text: string, width: number): string[] {
	const lines = wrapAnsi(text, Math.max(1, width), {hard: true, trim: false}).split('\n');
	// A continuation line can start with a style code and then the space the break fell on.
	return lines.map((line, index) => (index === 0 ? line.trimEnd() : line.replace(leadingSpaceAfterStyles, '$1').trim()));
}

/**
Wrap text (ANSI allowed) so every line fits `width` columns by displayWidth; long words are broken, the first line's
indent kept. wrap-ansi counts by string-width, which gives some clusters fewer columns than terminals draw (Devanagari
conjuncts, Thai, ZWJ emoji): a line it leaves too wide is wrapped again narrower by its excess, and its pieces then
fit, since none can have more excess than the whole line had.
*/
export function wrapLines(text: string, width: number): string[] {
	return wrapOnce(text, width).flatMap(line => {
		const excess = displayWidth(line) - width;
		return excess > 0 && width > 1 ? wrapOnce(line, width - excess) : [line];
	});
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
export function hang(lines: readonly string[], first: string, rest = ' '.repeat(displayWidth(first))): string[] {
	return lines.map((line, index) => (line === '' ? line : (index === 0 ? first : rest) + line).trimEnd());
}

/** `text` cut to `width` columns by displayWidth, ending in an ellipsis (… or, for ASCII paper, ...) when cut (cli-truncate overshoots on wide characters). */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	const room = width - displayWidth(ellipsis);
	let kept = '';
	let used = 0;
	for (const cluster of clusters(text)) {
		used += clusterWidth(cluster);
		if (used > room) {
			break;
		}

		kept += cluster;
	}

	return room >= 0 ? `${kept.trimEnd()}${ellipsis}` : '';
}
