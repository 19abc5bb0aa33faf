import {Chalk} from 'chalk';
import type {ArticleInput} from './article.js';
import {formatSignOff} from '../content/clinic.js';
import {formatByline} from './byline.js';
import {renderTerminalMarkdown, type TerminalOptions} from './markdown-terminal.js';
import {wrapLines} from '../text/wrap.js';

/**
An article as styled terminal lines: the same parts as the plain article, with bold, colour and links.
*/
export function renderTerminalArticle({post, clinic}: ArticleInput, options: TerminalOptions): string[] {
	const chalk = new Chalk({level: options.colorLevel});
	const {width} = options;
	return [
		...wrapLines(post.title, width).map(line => chalk.bold.underline(line)),
		...wrapLines(formatByline(post), width).map(line => chalk.dim(line)),
		...(post.image ? wrapLines(`[Image: ${post.image.alt}]`, width).map(line => chalk.dim.italic(line)) : []),
		'',
		...renderTerminalMarkdown(post.body, options),
		'',
		chalk.dim('─'.repeat(Math.min(width, 40))),
		...wrapLines(formatSignOff(clinic), width).map(line => chalk.dim(line)),
	];
}
