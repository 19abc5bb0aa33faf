import {Text} from 'ink';
import stringWidth from 'string-width';

type Props = {readonly query: string; readonly editing: boolean; readonly shown: number; readonly total: number; readonly width: number};

const graphemes = new Intl.Segmenter();

/** The end of `text` that fits `width` columns, with … in front when cut: the part being typed stays in view. */
function tail(text: string, width: number): string {
	if (stringWidth(text) <= width) {
		return text;
	}

	let kept = '';
	for (const {segment} of [...graphemes.segment(text)].reverse()) {
		if (stringWidth(segment + kept) > width - 1) {
			break;
		}

		kept = segment + kept;
	}

	return `…${kept}`;
}

/** The list filter on one row at any width: the count and keys shrink first, then the start of the query. */
export function FilterLine({query, editing, shown, total, width}: Props) {
	const count = `  ${shown} of ${total}`;
	const keys = editing ? '  ·  Enter keep  ·  Esc clear' : '  ·  Esc clear';
	const cursor = editing ? 1 : 0;
	const note = stringWidth(query) + 1 + cursor + stringWidth(count + keys) <= width ? count + keys : count;
	const room = Math.max(1, width - 1 - cursor - stringWidth(note));
	return (
		<Text>
			<Text color="cyan">/</Text>{tail(query, room)}{editing ? <Text inverse> </Text> : ''}
			<Text dimColor>{stringWidth(note) < width - 2 ? note : ''}</Text>
		</Text>
	);
}
