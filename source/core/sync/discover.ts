import {createDocument} from '@mixmark-io/domino';

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json', 'application/xml', 'text/xml']);
/** Where blogs keep their feed when the page does not say (WordPress, Ghost, Hugo, Jekyll, …). */
const commonFeedPaths = ['/feed', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/rss', '/feed.json'] as const;

/** The feeds a page announces with `<link rel="alternate" type="…">`, as absolute http(s) addresses, in page order. */
export function findFeedLinks(html: string, pageUrl: string): string[] {
	const document = createDocument(html);
	const links: string[] = [];
	for (const link of document.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
		if (!rel.includes('alternate') || !feedTypes.has(type)) {
			continue;
		}

		try {
			const url = new URL(link.getAttribute('href')!, pageUrl);
			if (/^https?:$/.test(url.protocol) && !links.includes(url.href)) {
				links.push(url.href);
			}
		} catch {
			// A broken href: try the next link.
		}
	}

	return links;
}

/** The common feed paths on the page's own site, to try when it links to none. */
export function commonFeedUrls(pageUrl: string): string[] {
	return commonFeedPaths.map(feedPath => new URL(feedPath, pageUrl).href);
}
