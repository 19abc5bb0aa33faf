import stripAnsi from 'strip-ansi';
import type {Post} from '../content/post.js';
import {articleOutline, type Outline} from './outline.js';

export type RenderedArticle = {
	readonly styled: readonly string[];
	/** The same lines without styles, for search. */
	readonly plain: readonly string[];
	/** Headings (with their lines) and links, worked out the first time the contents or links are asked for. */
	readonly outline: () => Outline;
};

export type ArticleCache = {readonly get: (post: Post, width: number) => RenderedArticle};

/**
Render each article once per width (glow keeps the Markdown and re-renders on resize). A new width empties the cache,
so it never holds more than one rendering per post; a post read again from disk (a new object) is rendered again.
*/
export function createArticleCache(render: (post: Post, width: number) => readonly string[]): ArticleCache {
	let cachedWidth = 0;
	const articles = new Map<string, RenderedArticle & {readonly post: Post}>();
	return {
		get(post, width) {
			if (width !== cachedWidth) {
				articles.clear();
				cachedWidth = width;
			}

			let article = articles.get(post.slug);
			if (article?.post !== post) {
				const styled = render(post, width);
				const plain = styled.map(line => stripAnsi(line));
				let outline: Outline | undefined;
				article = {post, styled, plain, outline: () => (outline ??= articleOutline(post.body, plain))};
				articles.set(post.slug, article);
			}

			return article;
		},
	};
}
