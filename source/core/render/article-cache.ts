import stripAnsi from 'strip-ansi';
import type {Post} from '../content/post.js';

export type RenderedArticle = {
	readonly styled: readonly string[];
	/** The same lines without styles, for search. */
	readonly plain: readonly string[];
};

export type ArticleCache = {readonly get: (post: Post, width: number) => RenderedArticle};

/**
Render each article once per width (glow keeps the Markdown and re-renders on resize). A new width empties the cache,
so it never holds more than one rendering per post.
*/
export function createArticleCache(render: (post: Post, width: number) => readonly string[]): ArticleCache {
	let cachedWidth = 0;
	const articles = new Map<string, RenderedArticle>();
	return {
		get(post, width) {
			if (width !== cachedWidth) {
				articles.clear();
				cachedWidth = width;
			}

			let article = articles.get(post.slug);
			if (!article) {
				const styled = render(post, width);
				article = {styled, plain: styled.map(line => stripAnsi(line))};
				articles.set(post.slug, article);
			}

			return article;
		},
	};
}
