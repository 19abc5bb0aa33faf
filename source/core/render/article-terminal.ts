import type {ArticleInput} from './article.js';
import {formatSignOff} from '../content/clinic.js';
import {formatByline} from './byline.js';
import {renderTerminalMarkdown, type TerminalOptions} from './markdown-terminal.js';
import {wrapLines} from '../text/wrap.js';
import {createPaint} from '../theme/paint.js';
import {themes} from '../theme/themes.js';

/**
An article as styled terminal lines: the same parts as the plain article, with bold, colour and links.
*/
export function renderTerminalArticle({post, clinic}: ArticleInput, options: TerminalOptions): string[] {
	const paint = createPaint(options.theme ?? themes.dark, options.colorLevel);
	const {width} = options;
	return [
		...wrapLines(post.title, width).map(line => paint('title', line)),
		...wrapLines(formatByline(post), width).map(line => paint('faint', line)),
		...(post.image ? wrapLines(`[Image: ${post.image.alt}]`, width).map(line => paint('faint', line)) : []),
		'',
		...renderTerminalMarkdown(post.body, options),
		'',
		paint('faint', '─'.repeat(Math.min(width, 40))),
		...wrapLines(formatSignOff(clinic), width).map(line => paint('faint', line)),
	];
}
