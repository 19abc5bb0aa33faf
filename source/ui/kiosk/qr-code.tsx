import {Box, Text} from 'ink';
import {usePaint} from '../terminal/paint.js';

type Props = {
	/** Half-block rows from core/qr.ts, quiet zone included. */
	readonly rows: readonly string[];
	readonly caption: string;
	/** 256-colour black and white where the terminal has them, else the basic black on white. */
	readonly deep: boolean;
};

// Written as raw SGR, not theme roles: a QR code drawn in the theme's own colours is inverted on a dark theme and has no light quiet zone. These colours are function, not style.
const basic = '\u001B[30;47m';
const deepColours = '\u001B[38;5;16;48;5;231m';
const reset = '\u001B[39;49m';

/** A scannable QR code: dark modules on a light ground with its quiet zone, whatever the terminal's theme. */
export function QrCode({rows, caption, deep}: Props) {
	const paint = usePaint();
	const colours = deep ? basic + deepColours : basic;
	return (
		<Box flexDirection="column" alignItems="center" flexShrink={0}>
			{rows.map((row, index) => (
				<Text key={index}>{colours + row + reset}</Text>
			))}
			<Text>{paint('faint', caption)}</Text>
		</Box>
	);
}
