import {Box, Text} from 'ink';
import {type Clinic, contactRows} from '../../core/content/clinic.js';

type Props = {readonly clinic: Clinic; readonly width: number; readonly height: number; readonly status?: string};

/** The clinic's contact details, in a box in the middle of the screen. */
export function ContactCard({clinic, width, height, status}: Props) {
	const rows = contactRows(clinic);
	const labelWidth = Math.max(...rows.map(([label]) => label.length));
	return (
		<Box width={width} height={height} alignItems="center" justifyContent="center">
			<Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={2} width={Math.min(width, 72)}>
				<Text bold color="cyan">{clinic.name}</Text>
				{status ? <Text bold>{status}</Text> : undefined}
				<Text> </Text>
				{rows.map(([label, value]) => (
					<Text key={label} wrap="wrap"><Text dimColor>{label.padEnd(labelWidth)}  </Text>{value}</Text>
				))}
				<Text> </Text>
				<Text dimColor>Press any key to go back.</Text>
			</Box>
		</Box>
	);
}
