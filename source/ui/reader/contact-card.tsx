import {Box, Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import {type Clinic, contactRows} from '../../core/content/clinic.js';

type Props = {readonly clinic: Clinic; readonly width: number; readonly height: number; readonly status?: string};

/** The clinic's contact details, in a box in the middle of the screen. */
export function ContactCard({clinic, width, height, status}: Props) {
	const paint = usePaint();
	const rows = contactRows(clinic);
	const labelWidth = Math.max(...rows.map(([label]) => label.length));
	return (
		<Box width={width} height={height} alignItems="center" justifyContent="center">
			<Box flexDirection="column" borderStyle="round" paddingX={2} width={Math.min(width, 72)}>
				<Text>{paint('accent', clinic.name)}</Text>
				{status ? <Text>{paint('strong', status)}</Text> : undefined}
				<Text> </Text>
				{rows.map(([label, value]) => (
					<Text key={label} wrap="wrap">{paint('faint', `${label.padEnd(labelWidth)}  `)}{value}</Text>
				))}
				<Text> </Text>
				<Text>{paint('faint', 'Press any key to go back.')}</Text>
			</Box>
		</Box>
	);
}
