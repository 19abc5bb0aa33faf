import {Box, Text} from 'ink';
import {helpRows, type Screen} from '../../core/reader/keymap.js';

type Props = {readonly screen: Screen; readonly width: number; readonly height: number};

/** Every key of the current screen, from the same keymap that handles them. */
export function HelpOverlay({screen, width, height}: Props) {
	const rows = helpRows(screen);
	const keyWidth = Math.max(...rows.map(([keys]) => keys.length));
	return (
		<Box width={width} height={height} flexDirection="column" alignItems="center" justifyContent="center" overflow="hidden">
			<Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={2}>
				<Text bold color="cyan">{screen === 'list' ? 'Keys in the list' : 'Keys while reading'}</Text>
				<Text> </Text>
				{rows.slice(0, Math.max(1, height - 6)).map(([keys, help]) => (
					<Text key={`${keys}${help}`}><Text bold>{keys.padEnd(keyWidth)}</Text>  {help}</Text>
				))}
				<Text> </Text>
				<Text dimColor>Press any key to go back.</Text>
			</Box>
		</Box>
	);
}
