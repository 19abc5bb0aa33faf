import {Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import {displayWidth} from '../../core/text/width.js';
import {truncateToWidth} from '../../core/text/wrap.js';

type Search = {readonly editing: boolean; readonly query: string; readonly match: number; readonly matches: number};

type Props = {
	readonly title: string;
	readonly percent: number;
	readonly width: number;
	readonly read: boolean;
	/** Replaces the bar while typing a search; shows the match count after. */
	readonly search?: Search;
	/** Said in place of the title until the next key: why a key did nothing, what happened. */
	readonly notice?: string;
};

function searchNote(search: Search | undefined): string {
	if (!search || search.query === '') {
		return '';
	}

	return search.matches === 0 ? `"${search.query}" not found` : `match ${search.match + 1}/${search.matches}`;
}

/** The pager's bottom line: title on the left; matches, read state and position on the right. */
export function StatusBar({title, percent, width, search, read, notice}: Props) {
	const paint = usePaint();
	if (search?.editing) {
		return <Text wrap="truncate-start">/{search.query}{paint('status', ' ')}</Text>;
	}

	const right = [searchNote(search), read ? '' : 'unread', `${String(percent).padStart(3)}%`, '? help'].filter(Boolean).join('  ');
	const titleWidth = Math.max(0, width - displayWidth(right) - 3);
	const left = truncateToWidth(notice ?? title, titleWidth);
	return <Text>{paint('status', ` ${left}${' '.repeat(Math.max(1, width - displayWidth(left) - displayWidth(right) - 2))}${right} `)}</Text>;
}
