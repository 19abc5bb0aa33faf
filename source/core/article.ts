import {type Clinic, formatSignOff} from './clinic.js';
import {formatByline} from './format.js';
import {renderPlainMarkdown} from './markdown-plain.js';
import type {Post} from './post.js';
import stringWidth from 'string-width';
import {wrapLines} from './wrap.js';

/** What an article needs besides its post: the clinic for the closing line. */
export type ArticleInput = {readonly post: Post; readonly clinic: Clinic};

/** The readable measure: wide terminals get a centred column, not 200-column lines. */
export const maxMeasure = 100;

/**
An article as plain text lines: title underlined, byline, image, body, and the clinic's closing line. No escape byte.
*/
export function renderPlainArticle({post, clinic}: ArticleInput, width: number): string[] {
	const title = wrapLines(post.title, width);
	const rule = '-'.repeat(Math.min(width, 40));
	return [
		...title,
		'='.repeat(Math.max(...title.map(line => stringWidth(line)), 1)),
		...wrapLines(formatByline(post, ' - '), width),
		...(post.image ? wrapLines(`[Image: ${post.image.alt}]`, width) : []),
		'',
		...renderPlainMarkdown(post.body, width),
		'',
		rule,
		...wrapLines(formatSignOff(clinic, ' - '), width),
	];
}
