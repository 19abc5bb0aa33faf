import {Box, Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import stripAnsi from 'strip-ansi';

type Props = {
	readonly lines: readonly string[];
	readonly offset: number;
	readonly height: number;
	/** Left margin that centres the measure on wide terminals. */
	readonly margin: number;
	readonly query: string;
	/** The line of the current match, shown stronger than the others. */
	readonly currentLine?: number;
};

function Highlighted({line, query, current}: {readonly line: string; readonly query: string; readonly current: boolean}) {
	const paint = usePaint();
	const text = stripAnsi(line);
	const lower = text.toLowerCase();
	const needle = query.toLowerCase();
	const parts: React.ReactNode[] = [];
	let from = 0;
	for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
		parts.push(text.slice(from, at), paint(current ? 'currentMatch' : 'match', text.slice(at, at + needle.length)));
		from = at + needle.length;
	}

	parts.push(text.slice(from));
	return <Text>{parts}</Text>;
}

/** The visible slice of a pre-rendered article: render once per width, slice on every scroll. */
export function ArticleView({lines, offset, height, margin, query, currentLine}: Props) {
	const needle = query.toLowerCase();
	return (
		<Box flexDirection="column" height={height} paddingLeft={margin} overflow="hidden">
			{lines.slice(offset, offset + height).map((line, index) => {
				const number = offset + index;
				// Blank lines still need a character, or Ink collapses them.
				const content = needle !== '' && stripAnsi(line).toLowerCase().includes(needle)
					? <Highlighted line={line} query={query} current={number === currentLine} />
					: <Text>{line === '' ? ' ' : line}</Text>;
				return <Box key={number} height={1} overflow="hidden">{content}</Box>;
			})}
		</Box>
	);
}
