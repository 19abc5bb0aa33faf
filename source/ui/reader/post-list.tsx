import {Box, Text} from 'ink';
import {Indicator} from 'ink-select-input';
import type {Post} from '../../core/content/post.js';

type Props = {
	readonly posts: readonly Post[];
	readonly selected: number;
	readonly top: number;
	readonly height: number;
	readonly width: number;
	readonly read: ReadonlySet<string>;
};

/** The window of posts that fits: pointer, unread dot, date, title. */
export function PostList({posts, selected, top, height, width, read}: Props) {
	if (posts.length === 0) {
		return (
			<Box height={height}>
				<Text dimColor>No posts match.</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" height={height} width={width}>
			{posts.slice(top, top + height).map((post, index) => {
				const isSelected = top + index === selected;
				const unread = !read.has(post.slug);
				return (
					<Box key={post.slug} height={1} width={width}>
						<Box flexShrink={0}>
							<Indicator isSelected={isSelected} />
						</Box>
						<Text wrap="truncate-end">
							<Text color="cyan">{unread ? '● ' : '  '}</Text>
							<Text dimColor>{post.date}  </Text>
							<Text bold={unread} color={isSelected ? 'blue' : undefined}>{post.title}</Text>
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
