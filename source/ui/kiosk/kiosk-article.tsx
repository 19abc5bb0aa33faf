import {Box, Text} from 'ink';
import {memo} from 'react';
import {usePaint} from '../terminal/paint.js';
import {QrCode} from './qr-code.js';

type Props = {
	/** Big-letter rows, or the title's wrapped lines in bold when `big` is false. */
	readonly title: readonly string[];
	readonly big: boolean;
	readonly byline: string;
	/** The screenful of body lines to show. */
	readonly lines: readonly string[];
	readonly bodyHeight: number;
	readonly measure: number;
	readonly margin: number;
	readonly qr?: React.ComponentProps<typeof QrCode>;
};

/**
One screenful of an article: the title across the top, then its byline and body with the QR code beside them. Memoized:
the clock's tick each minute re-renders the header only.
*/
export const KioskArticle = memo(({title, big, byline, lines, bodyHeight, measure, margin, qr}: Props) => {
	const paint = usePaint();
	return (
		<Box flexDirection="column" paddingLeft={margin} paddingTop={1} flexGrow={1}>
			{title.map((line, index) => (
				<Box key={`title-${index}`} height={1} overflow="hidden">
					<Text>{line === '' ? ' ' : paint(big ? 'accent' : 'strong', line)}</Text>
				</Box>
			))}
			<Box>
				<Box flexDirection="column" width={measure} flexShrink={0}>
					<Box height={1} overflow="hidden">
						<Text wrap="truncate-end">{paint('faint', byline)}</Text>
					</Box>
					<Text> </Text>
					<Box flexDirection="column" height={bodyHeight} overflow="hidden">
						{lines.map((line, index) => (
							<Box key={`line-${index}`} height={1} overflow="hidden">
								<Text>{line === '' ? ' ' : line}</Text>
							</Box>
						))}
					</Box>
				</Box>
				{qr ? <Box marginLeft={3} flexShrink={0}><QrCode {...qr} /></Box> : undefined}
			</Box>
		</Box>
	);
});
