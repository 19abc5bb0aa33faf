import {Text} from 'ink';
import {displayWidth} from '../../core/text/width.js';
import {truncateToWidth} from '../../core/text/wrap.js';
import {usePaint} from '../terminal/paint.js';

type Props = {readonly title: string; readonly detail: string; readonly short: string; readonly width: number};

/**
One line: the clinic's name on the left, a detail such as the unread count on the right. When both do not fit, the
detail gets shorter and the name is cut, so the two never run into each other.
*/
export function Header({title, detail, short, width}: Props) {
	const paint = usePaint();
	const right = displayWidth(title) + 2 + displayWidth(detail) <= width ? detail : short;
	const left = truncateToWidth(title, Math.max(0, width - displayWidth(right) - 2));
	const gap = ' '.repeat(Math.max(1, width - displayWidth(left) - displayWidth(right)));
	return (
		<Text>
			{paint('accent', left)}{gap}{paint('faint', right)}
		</Text>
	);
}
