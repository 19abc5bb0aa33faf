import {Box, Text} from 'ink';
import {usePaint} from './paint.js';

type Props = {
	readonly rows: ReadonlyArray<readonly [label: string, value: string]>;
	/** Quiet hours: everything dim, nothing in the theme's colours. */
	readonly dim?: boolean;
};

/** Labels in a column of their own, values beside them; a long value wraps under itself, not under its label. */
export function LabelRows({rows, dim = false}: Props) {
	const paint = usePaint();
	const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
	return (
		<Box flexDirection="column">
			{rows.map(([label, value]) => (
				<Box key={label}>
					<Box width={labelWidth} flexShrink={0}>
						<Text dimColor={dim}>{dim ? label : paint('faint', label)}</Text>
					</Box>
					<Text wrap="wrap" dimColor={dim}>{value}</Text>
				</Box>
			))}
		</Box>
	);
}
