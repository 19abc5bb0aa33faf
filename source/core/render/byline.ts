import type {Post} from '../content/post.js';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
"2022-10-03" → "October 3, 2022", as Intl's en-CA long date (the test holds the two together). Written out because
the first Intl.DateTimeFormat loads ICU's locale data, ~12 ms of every piped `read` for one date.
*/
export function formatLongDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${monthNames[(month ?? 1) - 1] ?? ''} ${day ?? ''}, ${year ?? ''}`;
}

/** "Khairunnisa Hemani · October 3, 2022 · 4 min read" */
export function formatByline(post: Post, separator = ' · '): string {
	return [post.author, post.date ? formatLongDate(post.date) : undefined, `${post.readingMinutes} min read`].filter(Boolean).join(separator);
}
