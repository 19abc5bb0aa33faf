import {Box, Text} from 'ink';
import {truncateToWidth} from '../../core/text/wrap.js';
import {usePaint} from '../terminal/paint.js';

type Props = {
	readonly title: string;
	readonly rows: readonly string[];
	/** First row shown; the app keeps the cursor in view. */
	readonly top: number;
	/** Rows of the whole frame; the list gets what the border, title and hint line leave. */
	readonly height: number;
	readonly width: number;
	/** The highlighted row, if the overlay has a cursor (contents, links); help only scrolls. */
	readonly cursor?: number;
	readonly hint: string;
};

/** Rows of the list in a frame `height` rows tall: the border, title and hint line take four. */
export function menuRows(height: number): number {
	return Math.max(1, height - 4);
}

const widest = 76;

/** A boxed list over the screen that scrolls, and says what is above and below, so every row is reachable at any size. */
export function MenuOverlay({title, rows, top, height, width, cursor, hint}: Props) {
	const paint = usePaint();
	const boxWidth = Math.min(width, widest);
	const inner = boxWidth - 6;
	const shown = rows.slice(top, top + menuRows(height));
	const below = rows.length - top - shown.length;
	const where = [top > 0 ? `↑ ${top} more` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join('  ');
	return (
		<Box width={width} height={height} flexDirection="column" alignItems="center" justifyContent="center" overflow="hidden">
			<Box flexDirection="column" borderStyle="round" paddingX={2} width={boxWidth}>
				<Text wrap="truncate-end">{paint('accent', title)}</Text>
				{shown.map((row, index) => (
					<Text key={top + index}>{top + index === cursor ? paint('selected', truncateToWidth(row, inner) || ' ') : (truncateToWidth(row, inner) || ' ')}</Text>
				))}
				<Text>{paint('faint', truncateToWidth([where, hint].filter(Boolean).join('  ·  '), inner))}</Text>
			</Box>
		</Box>
	);
}
