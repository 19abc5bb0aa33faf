import {createDocument} from '@mixmark-io/domino';

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json', 'application/xml', 'text/xml']);
/** Where blogs keep their feed when the page does not say (WordPress, Ghost, Hugo, Jekyll, …). */
const commonFeedPaths = ['/feed', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/rss', '/feed.json'] as const;

/** A body that is a web page rather than a feed (an XHTML page may start with an XML declaration too). */
export function looksLikeHtml(text: string): boolean {
	const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
	const afterDeclaration = start.replace(/^<\?xml[^>]*>\s*/, '');
	if (/^(?:<!doctype html|<html[\s>])/.test(afterDeclaration)) {
		return true;
	}

	return !/^(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:rdf|\{|\[)/.test(start) && /<(?:head|body)[\s>]/.test(start);
}

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
