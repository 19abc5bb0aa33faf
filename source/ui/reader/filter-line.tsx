import {Text} from 'ink';
import {displayWidth} from '../../core/text/width.js';
import {usePaint} from '../terminal/paint.js';

type Props = {readonly query: string; readonly editing: boolean; readonly shown: number; readonly total: number; readonly width: number};

const graphemes = new Intl.Segmenter();

/** The end of `text` that fits `width` columns, with … in front when cut: the part being typed stays in view. */
function tail(text: string, width: number): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	let kept = '';
	for (const {segment} of [...graphemes.segment(text)].reverse()) {
		if (displayWidth(segment + kept) > width - 1) {
			break;
		}

		kept = segment + kept;
	}

	return `…${kept}`;
}

/** What fits on the row: the end of the query, and the count and keys after it (the keys go first, then the count). */
function layout(query: string, editing: boolean, shown: number, total: number, width: number): {query: string; note: string} {
	const count = `  ${shown} of ${total}`;
	const keys = editing ? '  ·  Enter keep  ·  Esc clear' : '  ·  Esc clear';
	const cursor = editing ? 1 : 0;
	const note = displayWidth(query) + 1 + cursor + displayWidth(count + keys) <= width ? count + keys : count;
	const room = Math.max(1, width - 1 - cursor - displayWidth(note));
	return {query: tail(query, room), note: displayWidth(note) < width - 2 ? note : ''};
}

/** The column where the next typed character goes, for the terminal's cursor while the filter is typed. */
export function filterCursorColumn(query: string, shown: number, total: number, width: number): number {
	return 1 + displayWidth(layout(query, true, shown, total, width).query);
}

/** The list filter on one row at any width: the count and keys shrink first, then the start of the query. */
export function FilterLine({query, editing, shown, total, width}: Props) {
	const paint = usePaint();
	const shownLine = layout(query, editing, shown, total, width);
	return (
		<Text>
			{paint('marker', '/')}{shownLine.query}{editing ? paint('status', ' ') : ''}
			{paint('faint', shownLine.note)}
		</Text>
	);
}
