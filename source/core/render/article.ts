import {type Block, flattenBlocks} from './blocks.js';
import {type Clinic, formatSignOff} from '../content/clinic.js';
import {formatByline} from './byline.js';
import {renderMarkdownBlocks} from './markdown-plain.js';
import type {Post} from '../content/post.js';
import {displayWidth} from '../text/width.js';
import {wrapLines} from '../text/wrap.js';

/** What an article needs besides its post: the clinic for the closing line. */
export type ArticleInput = {readonly post: Post; readonly clinic: Clinic};

/**
An article as blocks of plain lines: the title block (title, underline, byline, image), the body, and the closing rule and line.
*/
export function renderArticleBlocks({post, clinic}: ArticleInput, width: number): Block[] {
	const title = wrapLines(post.title, width);
	const body = renderMarkdownBlocks(post.body, width);
	const heading = [
		...title,
		'='.repeat(Math.max(...title.map(line => displayWidth(line)), 1)),
		...wrapLines(formatByline(post, ' - '), width),
		...(post.image ? wrapLines(`[Image: ${post.image.alt}]`, width) : []),
	];
	return [
		{kind: 'title', lines: heading, gap: 0},
		...body,
		// An empty body still leaves the blank line it would have had after the title.
		{kind: 'other', lines: ['-'.repeat(Math.min(width, 40)), ...wrapLines(formatSignOff(clinic, ' - '), width)], gap: body.length > 0 ? 1 : 2},
	];
}

/**
An article as plain text lines: title underlined, byline, image, body, and the clinic's closing line. No escape byte.
*/
export function renderPlainArticle(input: ArticleInput, width: number): string[] {
	return flattenBlocks(renderArticleBlocks(input, width));
}
