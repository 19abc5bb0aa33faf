import type {Post} from '../core/content/post.js';
import type {ReadStateStore} from '../core/marks/read-marks.js';
import {type Command, loadPosts, openReadState, write} from '../io/context.js';

/** The metadata scripts get from `list --json`: no body, no file path. */
export function postSummary(post: Post, read: boolean) {
	const {slug, title, date, author, summary, tags, image, url, readingMinutes} = post;
	return {slug, title, date, author, summary, tags, image, url, read, readingMinutes};
}

/** One line a post: position, date, unread marker, title, slug. The slug is always the last field. */
export function formatListLine(post: Post, position: number, count: number, read: boolean): string {
	return `${String(position).padStart(String(count).length)}  ${post.date}  ${read ? ' ' : '*'}  ${post.title}  ${post.slug}`;
}

export function formatList(posts: readonly Post[], store: ReadStateStore, unreadOnly: boolean): string {
	const lines = posts
		.map((post, index) => ({post, position: index + 1, read: store.isRead(post.slug)}))
		.filter(({read}) => !unreadOnly || !read)
		.map(({post, position, read}) => formatListLine(post, position, posts.length, read));
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
		await write(context.stdout, formatList(posts, store, unread));
	}

	return 0;
};
