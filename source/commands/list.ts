import stringWidth from 'string-width';
import type {Post} from '../core/content/post.js';
import type {WindowPhase} from '../core/content/schedule.js';
import {truncateToWidth} from '../core/text/wrap.js';
import type {ReadStateStore} from '../core/marks/read-marks.js';
import {type Command, loadPosts, openReadState, postPhaseNow, write} from '../io/context.js';

/** The metadata scripts get from `list --json`: no body, no file path. */
export function postSummary(post: Post, read: boolean) {
	const {slug, title, date, author, summary, tags, image, url, readingMinutes, pinned, showFrom, showUntil} = post;
	return {slug, title, date, author, summary, tags, image, url, read, readingMinutes, pinned: pinned ?? false, showFrom, showUntil};
}

/** What --all-dates adds after the title of a post that is not shown now. */
function phaseMark(post: Post, phase: WindowPhase): string {
	if (phase === 'before') {
		return `  [not shown until ${post.showFrom!}]`;
	}

	return phase === 'after' ? `  [not shown since ${post.showUntil!}]` : '';
}

/**
One line a post: position, date, unread marker, title, slug. The slug is always the last field, whole; with a
`width` (a terminal), the title is cut so the line fits.
*/
export function formatListLine(post: Post, position: number, count: number, read: boolean, width?: number, phase: WindowPhase = 'during'): string {
	const before = `${String(position).padStart(String(count).length)}  ${post.date}  ${read ? ' ' : '*'}  ${post.pinned ? '[pinned] ' : ''}`;
	const after = `${phaseMark(post, phase)}  ${post.slug}`;
	const room = width === undefined ? Infinity : width - stringWidth(before) - stringWidth(after);
	return `${before}${room < Infinity ? truncateToWidth(post.title, Math.max(1, room)) : post.title}${after}`;
}

export function formatList(posts: readonly Post[], store: ReadStateStore, unreadOnly: boolean, width?: number, phaseOf: (post: Post) => WindowPhase = () => 'during'): string {
	const lines = posts
		.map((post, index) => ({post, position: index + 1, read: store.isRead(post.slug)}))
		.filter(({read}) => !unreadOnly || !read)
		.map(({post, position, read}) => formatListLine(post, position, posts.length, read, width, phaseOf(post)));
	return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export const list: Command = async context => {
	const posts = loadPosts(context);
	const store = await openReadState(context, 'read');
	const {json, unread, allDates} = context.options;
	const phaseOf = allDates ? postPhaseNow(context) : () => 'during' as const;
	if (json) {
		const items = posts
			.map(post => ({...postSummary(post, store.isRead(post.slug)), ...(allDates ? {shownNow: phaseOf(post) === 'during'} : {})}))
			.filter(item => !unread || !item.read);
		await write(context.stdout, `${JSON.stringify(items, undefined, 2)}\n`);
	} else {
		// In a terminal a line must not wrap through the slug; a pipe gets whole lines for scripts.
		const {stdout, options} = context;
		const width = stdout.isTTY ? options.columns ?? stdout.columns : undefined;
		await write(stdout, formatList(posts, store, unread, width || undefined, phaseOf));
	}

	return 0;
};
