import {fstatSync} from 'node:fs';
import {text} from 'node:stream/consumers';
import {UserError, usageError} from '../core/errors.js';
import {resolvePost} from '../core/content/lookup.js';
import type {Post} from '../core/content/post.js';
import {parseStandalone} from '../core/content/standalone.js';
import {isStyledTextSafe, sanitizeForTerminal} from '../core/text/sanitize.js';
import {type Clinic, loadClinic} from '../core/content/clinic.js';
import {largeMeasure, maxMeasure} from '../core/render/measures.js';
import type {KeptArticle} from '../core/render/kept-article.js';
import {renderedOnce} from '../io/kept-articles.js';
import {colorLevel, plainWidth} from '../args/options.js';
import {type Command, type Context, isInteractive, loadPosts, saveFailure, warn, write} from '../io/context.js';
import {openReadState} from '../io/read-state.js';

// Each article is kept in the cache folder once rendered (io/kept-articles.ts), so the renderers load only on a miss.
// import.meta.url names this build: esbuild's hashed chunk name changes with any code this module reaches.
async function formattedArticle(context: Context, post: Post, fromStdin: boolean): Promise<string> {
	const {createSupportsHyperlinks} = await import('supports-hyperlinks');
	const {resolveTheme} = await import('../io/terminal-theme.js');
	const {stdout, options, env} = context;
	const settings = {
		width: options.width ?? Math.min(options.columns ?? stdout.columns ?? plainWidth, options.large ? largeMeasure : maxMeasure),
		colorLevel: colorLevel(env, Boolean(stdout.isTTY), options.color),
		theme: await resolveTheme(context),
		large: options.large,
		hyperlinks: Boolean(stdout.isTTY) && createSupportsHyperlinks(stdout as NodeJS.WriteStream),
	};
	const keeping = fromStdin ? undefined : {post, variant: {mode: 'formatted', build: import.meta.url, ...settings}, isSafe: isStyledTextSafe};
	return renderedOnce(context, keeping, async () => {
		const {renderTerminalArticle} = await import('../core/render/article-terminal.js');
		return withClinic(context, clinic => `${renderTerminalArticle({post, clinic}, settings).join('\n')}\n`);
	});
}

/** A rendering, with the warnings loading clinic.yml gave (kept with it, said again when it is read back). */
function withClinic(context: Context, render: (clinic: Clinic) => string): KeptArticle {
	const warnings: string[] = [];
	const text = render(loadClinic(context.options.contentDirectory, message => warnings.push(message)));
	return {text, warnings};
}

async function plainArticle(context: Context, post: Post, fromStdin: boolean): Promise<string> {
	const {width, columns, large, screenReader} = context.options;
	const measure = width ?? (large ? Math.min(columns ?? largeMeasure, largeMeasure) : columns ?? plainWidth);
	const render = async () => {
		// For a screen reader, structure in words and no drawn rules, even when piped (to a braille display, say).
		const renderLines = screenReader ? (await import('../core/render/markdown-spoken.js')).renderSpokenArticle : (await import('../core/render/article.js')).renderPlainArticle;
		// The renderer emits no escapes; this guards the promise whatever FORCE_COLOR says.
		return withClinic(context, clinic => sanitizeForTerminal(`${renderLines({post, clinic}, measure).join('\n')}\n`));
	};

	// A kept plain text is cleaned again on the way out (the cache folder is not trusted); clean text passes in one scan.
	const keeping = fromStdin ? undefined : {post, variant: {mode: screenReader ? 'spoken' : 'plain', build: import.meta.url, measure}, isSafe: () => true};
	return sanitizeForTerminal(await renderedOnce(context, keeping, render));
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
	await write(stdout, formatted ? await formattedArticle(context, post, fromStdin) : await plainArticle(context, post, fromStdin));
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
