import {Box, Text} from 'ink';

type Props = {readonly title: string; readonly detail: string; readonly width: number};

/** One line: the clinic's name on the left, a detail such as the unread count on the right. */
export function Header({title, detail, width}: Props) {
	return (
		<Box width={width} justifyContent="space-between">
			<Text bold color="cyan" wrap="truncate-end">{title}</Text>
			<Text dimColor>{detail}</Text>
		</Box>
	);
}
