import {Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import {displayWidth} from '../../core/text/width.js';
import {footerHints, type Screen} from '../../core/reader/keymap.js';

type Props = {readonly screen: Screen; readonly width: number};

/** A footer of the main keys, built from the keymap so it never disagrees with what the keys do. */
export function KeyHints({screen, width}: Props) {
	const paint = usePaint();
	return <Text wrap="truncate-end">{paint('faint', footerHints(screen, width, displayWidth).join('  '))}</Text>;
}
