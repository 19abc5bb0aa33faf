import {Box, Text} from 'ink';
import type {Post} from '../../core/post.js';

type Props = {readonly post?: Post; readonly width: number; readonly height: number};

/** Under the list: the highlighted post's summary, then its tags and reading time. */
export function PostDetails({post, width, height}: Props) {
	if (!post) {
		return <Box height={height} />;
	}

	const facts = [post.author, `${post.readingMinutes} min read`, post.tags.map(tag => `#${tag}`).join(' ')].filter(Boolean).join('  ·  ');
	return (
		<Box flexDirection="column" height={height} width={width} overflow="hidden">
			<Box height={Math.max(0, height - 1)} overflow="hidden">
				<Text italic wrap="wrap">{post.summary ?? ''}</Text>
			</Box>
			<Text dimColor wrap="truncate-end">{facts}</Text>
		</Box>
	);
}
