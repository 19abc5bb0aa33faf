import {Box, Text} from 'ink';
import {type Clinic, contactRows} from '../../core/content/clinic.js';
import {QrCode} from './qr-code.js';
import {usePaint} from '../terminal/paint.js';
import {LabelRows} from '../terminal/label-rows.js';

type Props = {
	readonly clinic: Clinic;
	readonly width: number;
	readonly height: number;
	/** Dim, for quiet hours: nobody reads it then, and a dim screen does not burn in. */
	readonly dim?: boolean;
	readonly qr?: React.ComponentProps<typeof QrCode>;
	/** Shown above the card, such as the big dim clock of quiet hours. */
	readonly above?: readonly string[];
	/** A line under the clinic's name: "Closed now · opens Monday 08:00". */
	readonly status?: string;
};

const cardWidth = 60;

/** The clinic's contact card in the middle of the screen: standby when there are no posts, and quiet hours. */
export function KioskCard({clinic, width, height, dim = false, qr, above = [], status}: Props) {
	const paint = usePaint();
	const card = (
		<Box flexDirection="column" borderStyle="single" borderDimColor={dim} paddingX={2} width={Math.min(width, cardWidth)} flexShrink={0}>
			<Text dimColor={dim} wrap="truncate-end">{dim ? clinic.name : paint('accent', clinic.name)}</Text>
			{status ? <Text wrap="wrap">{status}</Text> : undefined}
			<Text> </Text>
			<LabelRows rows={contactRows(clinic)} dim={dim} />
		</Box>
	);
	return (
		<Box flexDirection="column" width={width} height={height} alignItems="center" justifyContent="center">
			{/* One block, centred as a whole: lines centred one by one would shift the rows of big letters apart. */}
			<Box flexDirection="column" flexShrink={0}>
				{above.map((line, index) => (
					<Text key={`above-${index}`} dimColor>{line === '' ? ' ' : line}</Text>
				))}
			</Box>
			{above.length > 0 ? <Text> </Text> : undefined}
			<Box alignItems="center">
				{card}
				{qr ? <Box marginLeft={3}><QrCode {...qr} /></Box> : undefined}
			</Box>
		</Box>
	);
}
