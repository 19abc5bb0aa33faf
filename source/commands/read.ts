import {fstatSync} from 'node:fs';
import {text} from 'node:stream/consumers';
import {largeMeasure, maxMeasure, renderPlainArticle} from '../core/render/article.js';
import {UserError, usageError} from '../core/errors.js';
import {resolvePost} from '../core/content/lookup.js';
import type {Post} from '../core/content/post.js';
import {parseStandalone} from '../core/content/standalone.js';
import {sanitizeForTerminal} from '../core/text/sanitize.js';
import {colorLevel, plainWidth} from '../args/options.js';
import {type Command, type Context, clinicOf, isInteractive, loadPosts, openReadState, saveFailure, warn, write} from '../io/context.js';

async function formattedArticle(context: Context, post: Post): Promise<string> {
	const {renderTerminalArticle} = await import('../core/render/article-terminal.js');
	const {createSupportsHyperlinks} = await import('supports-hyperlinks');
	const {resolveTheme} = await import('../io/terminal-theme.js');
	const {stdout, options, env} = context;
	const width = options.width ?? Math.min(options.columns ?? stdout.columns ?? plainWidth, options.large ? largeMeasure : maxMeasure);
	const lines = renderTerminalArticle({post, clinic: clinicOf(context)}, {
		width,
		colorLevel: colorLevel(env, Boolean(stdout.isTTY), options.color),
		theme: await resolveTheme(context),
		large: options.large,
		hyperlinks: Boolean(stdout.isTTY) && createSupportsHyperlinks(stdout as NodeJS.WriteStream),
	});
	return `${lines.join('\n')}\n`;
}

async function plainArticle(context: Context, post: Post): Promise<string> {
	const {width, columns, large, screenReader} = context.options;
	const input = {post, clinic: clinicOf(context)};
	const measure = width ?? (large ? Math.min(columns ?? largeMeasure, largeMeasure) : columns ?? plainWidth);
	// For a screen reader, structure in words and no drawn rules, even when piped (to a braille display, say).
	const lines = screenReader ? (await import('../core/render/markdown-spoken.js')).renderSpokenArticle(input, measure) : renderPlainArticle(input, measure);
	// The renderer emits no escapes; this guards the promise whatever FORCE_COLOR says.
	return sanitizeForTerminal(`${lines.join('\n')}\n`);
}

/** Markdown from standard input; a folder there (`read - < /tmp`) reads as nothing, so it is refused. */
async function readStandardInput(context: Context): Promise<string> {
	const {fd} = context.stdin as {fd?: unknown};
	if (typeof fd === 'number' && fstatSync(fd).isDirectory()) {
		throw new UserError('standard input is a folder, not Markdown; use "clinic-read read - < FILE.md"');
	}

	return text(context.stdin);
}

/**
`read <slug|number|->`: the pager in a terminal, formatted with --no-pager or --color, plain text in a pipe. Only
the pager marks the post read; --mark does it for a script, and exits 1 (after the article) when the mark cannot be
saved.
*/
export const read: Command = async context => {
	const [reference, ...extra] = context.args;
	if (reference === undefined || extra.length > 0) {
		throw usageError(reference === undefined ? 'read needs a slug, a number from "clinic-read list", or - for standard input' : 'read takes one slug at a time');
	}

	const fromStdin = reference === '-';
	const posts = fromStdin ? [] : loadPosts(context);
	const post = fromStdin ? parseStandalone(await readStandardInput(context), message => {
		warn(context, message);
	}) : resolvePost(posts, reference);
	const {options, stdout} = context;

	if (!fromStdin && !options.plain && options.pager && isInteractive(context)) {
		const {browse} = await import('./browse.js');
		return browse(context, {posts, initialSlug: post.slug});
	}

	const formatted = !options.screenReader && (options.color === true || (!options.plain && Boolean(stdout.isTTY) && context.env['TERM'] !== 'dumb'));
	await write(stdout, formatted ? await formattedArticle(context, post) : await plainArticle(context, post));
	// Printing is not reading: `read 1 | head` or `| lpr` marks nothing unless asked to (--mark).
	if (!fromStdin && options.mark) {
		const store = await openReadState(context, 'write');
		const result = store.setRead([post.slug], true);
		if (!result.saved) {
			// The article was delivered, but the mark asked for was not made: a script must be able to tell.
			throw new UserError(saveFailure(store.directory, result.reason));
		}
	}

	return 0;
};
