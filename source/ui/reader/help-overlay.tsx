import {displayWidth} from '../../core/text/width.js';
import {helpRows, type Screen} from '../../core/reader/keymap.js';
import {MenuOverlay} from './menu-overlay.js';

type Props = {readonly screen: Screen; readonly width: number; readonly height: number; readonly top: number};

/** Every key of the current screen, from the same keymap that handles them; it scrolls when they do not all fit. */
export function HelpOverlay({screen, width, height, top}: Props) {
	const rows = helpRows(screen);
	const keyWidth = Math.max(...rows.map(([keys]) => displayWidth(keys)));
	const lines = rows.map(([keys, help]) => `${keys}${' '.repeat(keyWidth - displayWidth(keys))}  ${help}`);
	return (
		<MenuOverlay
			title={screen === 'list' ? 'Keys in the list' : 'Keys while reading'}
			rows={lines}
			top={top}
			width={width}
			height={height}
			hint="j/k scroll  ·  any other key goes back"
		/>
	);
}
