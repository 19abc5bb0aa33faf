import {Box, Text} from 'ink';
import {usePaint} from '../terminal/paint.js';
import type {Post} from '../../core/content/post.js';
import {truncateToWidth, wrapLines} from '../../core/text/wrap.js';

type Props = {readonly post?: Post; readonly width: number; readonly height: number};

/** Under the list: the highlighted post's summary (as many lines as fit), then its author, reading time and tags. */
export function PostDetails({post, width, height}: Props) {
	const paint = usePaint();
	if (!post) {
		return <Box height={height} />;
	}

	const summaryRows = Math.max(0, height - 1);
	const summary = wrapLines(post.summary ?? '', width);
	const shown = summary.slice(0, summaryRows);
	if (summary.length > summaryRows && shown.length > 0) {
		shown[shown.length - 1] = truncateToWidth(`${shown.at(-1)!} …`, width);
	}

	const facts = [post.author, `${post.readingMinutes} min read`, post.tags.map(tag => `#${tag}`).join(' ')].filter(Boolean).join('  ·  ');
	return (
		<Box flexDirection="column" height={height} width={width}>
			{shown.map((line, index) => <Text key={index}>{paint('em', line)}</Text>)}
			{Array.from({length: summaryRows - shown.length}, (_, index) => <Text key={`gap-${index}`}> </Text>)}
			<Text wrap="truncate-end">{paint('faint', facts)}</Text>
		</Box>
	);
}
