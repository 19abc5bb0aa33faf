import {Box, Text} from 'ink';
import {displayWidth} from '../../core/text/width.js';
import type {Post} from '../../core/content/post.js';
import {truncateToWidth} from '../../core/text/wrap.js';
import {usePaint} from '../terminal/paint.js';

type Props = {
	readonly posts: readonly Post[];
	readonly selected: number;
	readonly top: number;
	readonly height: number;
	readonly width: number;
	readonly read: ReadonlySet<string>;
};

// The pointer and its margin, then the unread dot: the columns before the date.
const pointerWidth = 2;
const dotWidth = 2;
const dateWidth = 'YYYY-MM-DD  '.length;

/** Columns before a title: pointer and space, unread dot and space, date and two spaces (where the cursor goes). */
export const titleColumn = pointerWidth + dotWidth + dateWidth;

/** The window of posts that fits: pointer, unread dot, date, title; the title is cut by display width (CJK, emoji). */
export function PostList({posts, selected, top, height, width, read}: Props) {
	const paint = usePaint();
	if (posts.length === 0) {
		return (
			<Box height={height}>
				<Text>{paint('faint', 'No posts match.')}</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" height={height} width={width}>
			{posts.slice(top, top + height).map((post, index) => {
				const isSelected = top + index === selected;
				const unread = !read.has(post.slug);
				const date = `${post.date}  `;
				const title = truncateToWidth(post.title, Math.max(0, width - pointerWidth - dotWidth - displayWidth(date)));
				return (
					<Box key={post.slug} height={1} width={width}>
						<Text>
							{isSelected ? paint('selected', '❯') : ' '}
							{' '}
							{unread ? paint('marker', '● ') : '  '}
							{paint('faint', date)}
							{isSelected ? paint('selected', title) : (unread ? paint('strong', title) : title)}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
