import type {Post} from '../core/content/post.js';
import type {WindowPhase} from '../core/content/schedule.js';
import type {ReadStateStore} from '../core/marks/read-marks.js';
import {type Command, loadPosts, postPhaseNow, write} from '../io/context.js';
import {openReadState} from '../io/read-state.js';

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

/** Cuts a title so that it fits between what comes before and after it on a line. */
type FitTitle = (before: string, title: string, after: string) => string;

/**
The title fitter for a terminal `width`. Measuring loads string-width and its tables (~25 ms at start), which a pipe
never needs: only a terminal loads them.
*/
export async function titleFitter(width: number): Promise<FitTitle> {
	const [{displayWidth}, {truncateToWidth}] = await Promise.all([import('../core/text/width.js'), import('../core/text/wrap.js')]);
	return (before, title, after) => truncateToWidth(title, Math.max(1, width - displayWidth(before) - displayWidth(after)));
}

/**
One line a post: position, date, unread marker, title, slug. The slug is always the last field, whole; with `fit`
(a terminal's, from titleFitter), the title is cut so the line fits.
*/
export function formatListLine(post: Post, position: number, count: number, read: boolean, fit?: FitTitle, phase: WindowPhase = 'during'): string {
	const before = `${String(position).padStart(String(count).length)}  ${post.date}  ${read ? ' ' : '*'}  ${post.pinned ? '[pinned] ' : ''}`;
	const after = `${phaseMark(post, phase)}  ${post.slug}`;
	return `${before}${fit ? fit(before, post.title, after) : post.title}${after}`;
}

type LineFormat = (post: Post, position: number, read: boolean) => string;

/** Lines are joined a batch at a time: 50,000 pieces of line text alive at once cost more to collect than to join. */
const batchLines = 1000;

export function formatList(posts: readonly Post[], store: ReadStateStore, unreadOnly: boolean, format: LineFormat): string {
	const batches: string[] = [];
	let batch: string[] = [];
	for (const [index, post] of posts.entries()) {
		const read = store.isRead(post.slug);
		if (!unreadOnly || !read) {
			batch.push(format(post, index + 1, read), '\n');
		}

		if (batch.length >= batchLines * 2) {
			batches.push(batch.join(''));
			batch = [];
		}
	}

	batches.push(batch.join(''));
	return batches.join('');
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
		const width = (stdout.isTTY ? options.columns ?? stdout.columns : undefined) || undefined;
		// For a screen reader: "3. Title — January 10, 2026, unread", no columns or markers to read out.
		const spoken = options.screenReader ? (await import('../core/reader/line-session.js')).spokenListLine : undefined;
		const fit = width === undefined ? undefined : await titleFitter(width);
		const format: LineFormat = spoken
			? (post, position, read) => `${spoken(post, position, read)}${phaseMark(post, phaseOf(post))}`
			: (post, position, read) => formatListLine(post, position, posts.length, read, fit, phaseOf(post));
		await write(stdout, formatList(posts, store, unread, format));
	}

	return 0;
};
