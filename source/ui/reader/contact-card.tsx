import {Box, Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import {LabelRows} from '../terminal/label-rows.js';
import {type Clinic, contactRows} from '../../core/content/clinic.js';

type Props = {readonly clinic: Clinic; readonly width: number; readonly height: number; readonly status?: string};

/** The clinic's contact details, in a box in the middle of the screen. */
export function ContactCard({clinic, width, height, status}: Props) {
	const paint = usePaint();
	return (
		<Box width={width} height={height} alignItems="center" justifyContent="center">
			<Box flexDirection="column" borderStyle="round" paddingX={2} width={Math.min(width, 72)}>
				<Text>{paint('accent', clinic.name)}</Text>
				{status ? <Text>{paint('strong', status)}</Text> : undefined}
				<Text> </Text>
				<LabelRows rows={contactRows(clinic)} />
				<Text> </Text>
				<Text>{paint('faint', 'Press any key to go back.')}</Text>
			</Box>
		</Box>
	);
}
