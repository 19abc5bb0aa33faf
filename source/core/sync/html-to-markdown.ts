import {createDocument} from '@mixmark-io/domino';
import TurndownService from 'turndown';
import {gfm} from '@joplin/turndown-plugin-gfm';
import {sanitizeForTerminal, sanitizeLine} from '../text/sanitize.js';

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Removed with everything inside: turndown would otherwise print a script's code as text.
const removedElements = ['script', 'style', 'iframe', 'form', 'noscript', 'object', 'embed', 'template', 'svg', 'canvas', 'button', 'select', 'textarea', 'input', 'head'] as const;

/** An absolute link the reader can open (http, https, mailto, tel), with parentheses escaped for Markdown; else undefined. */
export function safeHref(href: string | null | undefined, base?: string): string | undefined {
	if (!href || href.trim() === '') {
		return undefined;
	}

	try {
		const url = new URL(href.trim(), base);
		if (!allowedSchemes.has(url.protocol) || ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '')) {
			return undefined;
		}

		return url.href.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20');
	} catch {
		return undefined;
	}
}

function escapeLabel(text: string): string {
	return text.replaceAll(/[[\]\\]/g, character => `\\${character}`);
}

// A character reference that spells a control character or bidi override survives as text, and a Markdown renderer
// would decode it into the real byte later (glamour#615): drop it now.
const controlReference = /&#(?:x0*(?:[\da-f]|1[\da-f]|7f|[89][\da-f]|202[a-e]|206[6-9])(?![\da-f])|0*(?:\d|[12]\d|3[01]|12[7-9]|1[3-5]\d|823[4-8]|829[4-7])(?!\d));?/gi;

/** Clean every text node where it is already decoded: an escape sequence goes whole, with no "[31m" left behind. */
function sanitizeText(node: Node): void {
	if (node.nodeType === 3) {
		(node as Text).data = sanitizeForTerminal((node as Text).data);
		return;
	}

	for (const child of node.childNodes) {
		sanitizeText(child);
	}
}

function parseFragment(html: string): HTMLElement {
	const {body} = createDocument(`<!doctype html><html><body>${html}</body></html>`);
	for (const element of body.querySelectorAll(removedElements.join(','))) {
		element.remove();
	}

	sanitizeText(body);
	return body;
}

function createService(base: string | undefined): TurndownService {
	const service = new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---'});
	service.use(gfm);
	service.remove(node => (removedElements as readonly string[]).includes(node.nodeName.toLowerCase()));
	service.addRule('safe-links', {
		filter: 'a',
		replacement(content, node) {
			const href = safeHref((node as HTMLElement).getAttribute('href'), base);
			const label = content.trim();
			return href === undefined || label === '' ? content : `[${label}](${href})`;
		},
	});
	service.addRule('images-with-alt-text', {
		filter: 'img',
		replacement(_content, node) {
			const element = node as HTMLElement;
			const alt = sanitizeLine(element.getAttribute('alt') ?? '');
			const source = safeHref(element.getAttribute('src'), base);
			// No alt text means decorative (or unusable for a reader who cannot see it): leave it out.
			return alt === '' || source === undefined || !/^https?:/.test(source) ? '' : `![${escapeLabel(alt)}](${source})`;
		},
	});
	return service;
}

/**
Item HTML to Markdown the reader can show: scripts, styles, frames and forms gone with their text, only http, https,
mailto and tel links (relative ones resolved against `base`), images only with alt text, and no control characters.
*/
export function htmlToMarkdown(html: string, base?: string): string {
	const markdown = createService(base).turndown(parseFragment(html));
	return sanitizeForTerminal(markdown.replaceAll(controlReference, ''))
		.replaceAll(/[ \t]+$/gm, '')
		.replaceAll(/\n{3,}/g, '\n\n')
		.trim();
}

/** The text of an HTML fragment (a title, a summary, an author) on one line, with nothing a terminal would obey. */
export function htmlToText(html: string): string {
	if (!/[<&]/.test(html)) {
		return sanitizeLine(html).replaceAll(/ {2,}/g, ' ');
	}

	return sanitizeLine((parseFragment(html).textContent ?? '').replaceAll(controlReference, '')).replaceAll(/ {2,}/g, ' ');
}
