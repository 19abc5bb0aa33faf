import {mkdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {keptArticleKey, formatArticleEntry, readArticleEntry, type KeptArticle} from '../core/render/kept-article.js';
import {clinicFile} from '../core/content/clinic.js';
import {writeFileAtomically} from '../core/files.js';
import type {Post} from '../core/content/post.js';
import {sanitizeLine} from '../core/text/sanitize.js';
import {cacheFile} from './cache-files.js';
import {type Context, warn} from './context.js';

/** Size and time of a file, or "none": what tells a changed post or clinic.yml from the one an article was made from. */
function fileStamp(file: string): string {
	const stats = statSync(file, {throwIfNoEntry: false});
	return stats ? `${stats.size}:${stats.mtimeMs}` : 'none';
}

function readEntry(file: string, key: string): KeptArticle | undefined {
	try {
		return readArticleEntry(readFileSync(file, 'utf8'), key);
	} catch {
		return undefined;
	}
}

/** Written whole or not at all; a cache that cannot be written is no cache, not an error. */
function writeEntry(file: string, key: string, article: KeptArticle): void {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomically(file, formatArticleEntry(key, article));
	} catch {
		// Read next time as a miss, and rendered again.
	}
}

/** What a kept article is for: a post file, and the `variant` (mode, width, colours…) it was rendered in. */
export type Keeping = {
	readonly post: Post;
	/** Names the build too: the caller's import.meta.url, a chunk whose hashed name changes with any code it reaches. */
	readonly variant: Readonly<Record<string, unknown>> & {readonly mode: string; readonly build: string};
	/** Checks a cached text before it goes out (the cache folder is not trusted); one that fails is made again. */
	readonly isSafe: (text: string) => boolean;
};

/**
The article `render` makes, from the cache folder when the same build made it from the same post file and clinic.yml
in the same variant; without `keeping` (standard input, which has no file to know it by), rendered every time.
*/
export async function renderedOnce(context: Context, keeping: Keeping | undefined, render: () => Promise<KeptArticle>): Promise<string> {
	let article: KeptArticle;
	if (keeping) {
		const {post, variant, isSafe} = keeping;
		const key = keptArticleKey({post: post.file, postFile: fileStamp(post.file), clinic: fileStamp(clinicFile(context.options.contentDirectory)), ...variant});
		const file = cacheFile('articles', `${post.file}\n${variant.mode}`);
		const cached = readEntry(file, key);
		article = cached && isSafe(cached.text) ? cached : await render();
		if (article !== cached) {
			writeEntry(file, key, article);
		}
	} else {
		article = await render();
	}

	// Cleaned like the text: a cached warning could have been tampered with too.
	for (const message of article.warnings) {
		warn(context, sanitizeLine(message));
	}

	return article.text;
}
