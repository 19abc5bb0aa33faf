import type {Post} from '../content/post.js';

// Made on first use: building an Intl formatter loads locale data, a cost every start would pay for nothing.
let longDate: Intl.DateTimeFormat | undefined;

/** "2022-10-03" → "October 3, 2022". */
export function formatLongDate(isoDate: string): string {
	longDate ??= new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
	return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Khairunnisa Hemani · October 3, 2022 · 4 min read" */
export function formatByline(post: Post, separator = ' · '): string {
	return [post.author, post.date ? formatLongDate(post.date) : undefined, `${post.readingMinutes} min read`].filter(Boolean).join(separator);
}
