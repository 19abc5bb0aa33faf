import type {Post} from './post.js';

/** Posts whose title, tags, summary or text contain every word of the query, in list order. */
export function filterPosts(posts: readonly Post[], query: string): readonly Post[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) {
		return posts;
	}

	return posts.filter(post => {
		const haystack = [post.title, post.tags.join(' '), post.summary ?? '', post.body].join('\n').toLowerCase();
		return words.every(word => haystack.includes(word));
	});
}

/** Indexes of the lines that contain the query, ignoring case. */
export function findMatches(lines: readonly string[], query: string): number[] {
	const needle = query.toLowerCase();
	if (needle === '') {
		return [];
	}

	return lines.flatMap((line, index) => (line.toLowerCase().includes(needle) ? [index] : []));
}
