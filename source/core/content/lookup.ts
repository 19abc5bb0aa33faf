import {distance} from 'fastest-levenshtein';
import {UserError, usageError} from '../errors.js';
import type {Post} from './post.js';
import {sanitizeLine} from '../text/sanitize.js';

/** Slugs close to what was typed, best first: prefix and substring matches, then small edit distances. */
export function suggestSlugs(posts: readonly Post[], typed: string, limit = 1): string[] {
	const query = typed.toLowerCase();
	// Punctuation alone ("-", "--") is like every slug and like none: no suggestion beats a wrong one.
	if (!/[\p{L}\p{N}]/u.test(query)) {
		return [];
	}

	const scored = posts.map(({slug}) => {
		// Against the whole slug, its start and each of its words, so "trigr" finds "trigger-point-therapy".
		const candidates = [slug, slug.slice(0, query.length), ...slug.split(/[-_.]/)];
		const score = query.length >= 3 && slug.includes(query) ? 0 : Math.min(...candidates.map(candidate => distance(query, candidate) / Math.max(candidate.length, query.length, 1)));
		return {slug, score};
	});
	return scored
		.filter(({score}) => score <= 0.5)
		.sort((a, b) => a.score - b.score || a.slug.localeCompare(b.slug))
		.slice(0, limit)
		.map(({slug}) => slug);
}

/**
Find a post by slug or by its 1-based position in the list; a UserError (exit 1) suggests the nearest slug.
*/
export function resolvePost(posts: readonly Post[], reference: string): Post {
	// Slugs are file names found by listing the folder; a path from the command line is never opened.
	if (reference === '-') {
		throw usageError('"-" (standard input) works with read only; give a slug or number from "clinic-read list"');
	}

	if (/[/\\]|^\./.test(reference)) {
		throw usageError(`"${sanitizeLine(reference)}" is a path; give a slug or number from "clinic-read list"`);
	}

	if (/^\d+$/.test(reference)) {
		const post = posts[Number(reference) - 1];
		if (post) {
			return post;
		}

		throw new UserError(`no post number ${reference}; there ${posts.length === 1 ? 'is 1 post' : `are ${posts.length} posts`} (see "clinic-read list")`);
	}

	const slug = reference.toLowerCase();
	const post = posts.find(candidate => candidate.slug === slug);
	if (post) {
		return post;
	}

	const [suggestion] = suggestSlugs(posts, slug);
	const shown = sanitizeLine(reference);
	throw new UserError(suggestion ? `no post "${shown}". Did you mean "${suggestion}"?` : `no post "${shown}"; run "clinic-read list" to see them`);
}
