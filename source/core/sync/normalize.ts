import type {AnyFeed} from 'feedsmith';

/** One feed item, whatever the format: the fields a post is made of, still as the feed gave them (HTML, raw dates). */
export type FeedItem = {
	readonly id?: string;
	readonly link?: string;
	/** HTML or text; made plain later. */
	readonly title?: string;
	/** The full article, HTML. */
	readonly contentHtml?: string;
	/** A summary or excerpt, HTML. */
	readonly summaryHtml?: string;
	readonly author?: string;
	/** As written in the feed (RFC 822 or ISO 8601). */
	readonly published?: string;
	readonly tags: readonly string[];
};

export type NormalizedFeed = {readonly title?: string; readonly items: readonly FeedItem[]};

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function escapeHtml(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Plain text as HTML paragraphs, so it goes through the same converter as everything else. */
function textAsHtml(value: string | undefined): string | undefined {
	return value === undefined ? undefined : value.split(/\n{2,}/).map(paragraph => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
}

function defined<T extends Record<string, unknown>>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function tagsOf(values: ReadonlyArray<string | undefined> | undefined): string[] {
	return (values ?? []).map(value => text(value)).filter(value => value !== undefined);
}

/** Atom text constructs are text unless typed html or xhtml. */
function atomHtml(construct: {value?: string; type?: string} | undefined): string | undefined {
	const value = text(construct?.value);
	return construct?.type === 'html' || construct?.type === 'xhtml' ? value : textAsHtml(value);
}

/** feedsmith's results differ by format; this makes one shape of them. */
export function normalizeFeed(parsed: AnyFeed): NormalizedFeed {
	switch (parsed.format) {
		case 'rss': {
			const {feed} = parsed;
			return defined({title: text(feed.title), items: (feed.items ?? []).map(item => defined({
				id: text(item.guid?.value),
				link: text(item.link),
				title: text(item.title),
				contentHtml: text(item.content?.encoded),
				summaryHtml: text(item.description),
				author: text(item.dc?.creators?.[0]) ?? text(item.authors?.[0]?.name) ?? text(item.authors?.[0]?.email),
				published: text(item.pubDate) ?? text(item.dc?.dates?.[0]),
				tags: tagsOf([...(item.categories ?? []).map(category => category.name), ...(item.dc?.subjects ?? [])]),
			}))});
		}

		case 'atom': {
			const {feed} = parsed;
			return defined({title: text(feed.title?.value), items: (feed.entries ?? []).map(entry => defined({
				id: text(entry.id),
				link: text((entry.links ?? []).find(link => link.rel === undefined || link.rel === 'alternate')?.href),
				title: atomHtml(entry.title),
				contentHtml: entry.content?.src === undefined ? atomHtml(entry.content) : undefined,
				summaryHtml: atomHtml(entry.summary),
				author: text(entry.authors?.[0]?.name),
				published: text(entry.published) ?? text(entry.updated),
				tags: tagsOf((entry.categories ?? []).map(category => category.label ?? category.term)),
			}))});
		}

		case 'rdf': {
			const {feed} = parsed;
			return defined({title: text(feed.title), items: (feed.items ?? []).map(item => defined({
				id: text(item.rdf?.about) ?? text(item.link),
				link: text(item.link),
				title: text(item.title),
				contentHtml: text(item.content?.encoded),
				summaryHtml: text(item.description),
				author: text(item.dc?.creators?.[0]),
				published: text(item.dc?.dates?.[0]),
				tags: tagsOf(item.dc?.subjects),
			}))});
		}

		case 'json': {
			const {feed} = parsed;
			return defined({title: text(feed.title), items: (feed.items ?? []).map(item => defined({
				id: text(item.id),
				link: text(item.url) ?? text(item.external_url),
				title: text(item.title),
				contentHtml: text(item.content_html) ?? textAsHtml(text(item.content_text)),
				summaryHtml: textAsHtml(text(item.summary)),
				author: text(item.authors?.[0]?.name),
				published: text(item.date_published) ?? text(item.date_modified),
				tags: tagsOf(item.tags),
			}))});
		}
	}
}
