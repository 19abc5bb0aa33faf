import {Box, Text} from 'ink';

type Props = {
	readonly title: string;
	readonly percent: number;
	readonly width: number;
	/** Replaces the title while typing a search, or shows the match count after. */
	readonly search?: {readonly editing: boolean; readonly query: string; readonly match: number; readonly matches: number};
	readonly read: boolean;
};

/** The pager's bottom line: title, read state and position, or the search being typed. */
export function StatusBar({title, percent, width, search, read}: Props) {
	if (search?.editing) {
		return <Box width={width}><Text>/{search.query}<Text inverse> </Text></Text></Box>;
	}

	const found = search && search.query !== ''
		? (search.matches === 0 ? `  "${search.query}" not found` : `  match ${search.match + 1}/${search.matches}`)
		: '';
	const right = `${found}  ${read ? '' : 'unread  '}${String(percent).padStart(3)}%  ? help `;
	return (
		<Box width={width}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text inverse wrap="truncate-end">{` ${title}`.padEnd(width)}</Text>
			</Box>
			<Text inverse>{right}</Text>
		</Box>
	);
}
