import {createHash} from 'node:crypto';
import {slugify} from '../content/new-post.js';
import {htmlToMarkdown, htmlToText, safeHref} from './html-to-markdown.js';
import type {FeedItem} from './normalize.js';

/** A feed item made into a post: plain one-line fields, Markdown body, and what identifies it across syncs. */
export type PreparedPost = {
	/** The GUID/id, else the link, else a hash of the content. */
	readonly identity: string;
	/** The slug it would take if new: the link's last path segment, else the title. */
	readonly slugBase: string;
	readonly title: string;
	/** YYYY-MM-DD in the clinic's zone. */
	readonly date: string;
	readonly author?: string;
	readonly summary?: string;
	readonly tags: readonly string[];
	readonly url?: string;
	readonly body: string;
};

const maxSummary = 300;
const maxTitle = 200;
const maxTags = 10;

/** The calendar day of `date` in `timeZone` (the host's zone when it is missing or not a real zone). */
export function dayIn(date: Date, timeZone?: string): string {
	const format = (zone?: string) => new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(date);
	try {
		return format(timeZone);
	} catch {
		return format();
	}
}

function cut(text: string, length: number): string {
	if (text.length <= length) {
		return text;
	}

	const cutAt = text.lastIndexOf(' ', length - 1);
	return `${text.slice(0, cutAt > length / 2 ? cutAt : length - 1).trimEnd()}…`;
}

function webAddress(link: string | undefined): string | undefined {
	const href = safeHref(link);
	return href !== undefined && /^https?:/.test(href) ? href : undefined;
}

/** The slug an item asks for: the last segment of its web address (without .html and the like), else its title. */
export function slugBaseOf(link: string | undefined, title: string): string {
	let segment = '';
	try {
		segment = decodeURIComponent(new URL(link ?? '').pathname.split('/').findLast(part => part !== '') ?? '');
	} catch {
		// No usable address: the title decides.
	}

	return slugify(segment.replace(/\.(?:html?|php|aspx?)$/i, '')) || slugify(title) || 'post';
}

/** Turn a feed item into a post, publish time taken in the clinic's zone; a date in the future becomes the fetch day. */
export function preparePost(item: FeedItem, fetched: Date, timeZone?: string): PreparedPost {
	const url = webAddress(item.link);
	const content = item.contentHtml === undefined ? undefined : htmlToMarkdown(item.contentHtml, url);
	const summaryText = item.summaryHtml === undefined ? undefined : htmlToText(item.summaryHtml);
	let body = content ?? (item.summaryHtml === undefined ? '' : htmlToMarkdown(item.summaryHtml, url));
	if (content === undefined && url !== undefined) {
		body = `${body}\n\n[Read the full article](${url})`.trim();
	}

	const title = cut(htmlToText(item.title ?? '') || cut(htmlToText(item.summaryHtml ?? item.contentHtml ?? ''), 60) || 'Untitled post', maxTitle);
	const published = item.published === undefined ? Number.NaN : Date.parse(item.published);
	const date = dayIn(Number.isFinite(published) && published < fetched.getTime() ? new Date(published) : fetched, timeZone);
	const author = item.author === undefined ? '' : htmlToText(item.author);
	const tags = [...new Set(item.tags.map(tag => slugify(htmlToText(tag))).filter(tag => tag !== ''))].slice(0, maxTags);
	const identity = item.id ?? item.link ?? `sha256:${createHash('sha256').update(`${item.title ?? ''}\n${item.contentHtml ?? item.summaryHtml ?? ''}`).digest('hex')}`;
	return {
		identity,
		slugBase: slugBaseOf(url, title),
		title,
		date,
		...(author === '' ? {} : {author}),
		...(summaryText ? {summary: cut(summaryText, maxSummary)} : {}),
		tags,
		...(url === undefined ? {} : {url}),
		body,
	};
}
