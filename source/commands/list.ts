import stringWidth from 'string-width';
import type {Post} from '../core/content/post.js';
import {truncateToWidth} from '../core/text/wrap.js';
import type {ReadStateStore} from '../core/marks/read-marks.js';
import {type Command, loadPosts, openReadState, write} from '../io/context.js';

/** The metadata scripts get from `list --json`: no body, no file path. */
export function postSummary(post: Post, read: boolean) {
	const {slug, title, date, author, summary, tags, image, url, readingMinutes} = post;
	return {slug, title, date, author, summary, tags, image, url, read, readingMinutes};
}

/**
One line a post: position, date, unread marker, title, slug. The slug is always the last field, whole; with a
`width` (a terminal), the title is cut so the line fits.
*/
export function formatListLine(post: Post, position: number, count: number, read: boolean, width?: number): string {
	const before = `${String(position).padStart(String(count).length)}  ${post.date}  ${read ? ' ' : '*'}  `;
	const after = `  ${post.slug}`;
	const room = width === undefined ? Infinity : width - stringWidth(before) - stringWidth(after);
	return `${before}${room < Infinity ? truncateToWidth(post.title, Math.max(1, room)) : post.title}${after}`;
}

export function formatList(posts: readonly Post[], store: ReadStateStore, unreadOnly: boolean, width?: number): string {
	const lines = posts
		.map((post, index) => ({post, position: index + 1, read: store.isRead(post.slug)}))
		.filter(({read}) => !unreadOnly || !read)
		.map(({post, position, read}) => formatListLine(post, position, posts.length, read, width));
	return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export const list: Command = async context => {
	const posts = loadPosts(context);
	const store = await openReadState(context, 'read');
	const {json, unread} = context.options;
	if (json) {
		const items = posts.map(post => postSummary(post, store.isRead(post.slug))).filter(item => !unread || !item.read);
		await write(context.stdout, `${JSON.stringify(items, undefined, 2)}\n`);
	} else {
		// In a terminal a line must not wrap through the slug; a pipe gets whole lines for scripts.
		const {stdout, options} = context;
		const width = stdout.isTTY ? options.columns ?? stdout.columns : undefined;
		await write(stdout, formatList(posts, store, unread, width || undefined));
	}

	return 0;
};
