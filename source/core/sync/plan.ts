import path from 'node:path';
import type {PreparedPost} from './prepare.js';
import {type ExistingPost, formatSyncedPost} from './synced-post.js';

export type PlanAction = 'new' | 'updated' | 'unchanged' | 'skipped';

export type PlanEntry = {
	readonly action: PlanAction;
	readonly slug: string;
	readonly file: string;
	readonly title: string;
	/** The file's new text, for new and updated posts. */
	readonly text?: string;
	/** Why it was skipped. */
	readonly reason?: string;
};

/** `base`, else `base-2`, `base-3` … whichever is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
	let slug = base;
	for (let n = 2; isTaken(slug); n++) {
		slug = `${base}-${n}`;
	}

	return slug;
}

/**
Decide what each item does to the folder. A known item (same identity) keeps its slug and is rewritten only when its
text changed; a new one takes a free slug; one whose slug belongs to a post written by hand is skipped. Posts no longer
in the feed are left alone: feeds list only recent posts.
*/
export function planSync(posts: readonly PreparedPost[], existing: ReadonlyMap<string, ExistingPost>, postsDirectory: string, fetched: string): PlanEntry[] {
	const byIdentity = new Map([...existing.values()].filter(post => post.sourceId !== undefined).map(post => [post.sourceId!, post]));
	const taken = new Set(existing.keys());
	const seen = new Set<string>();
	const entries: PlanEntry[] = [];
	for (const post of posts) {
		if (seen.has(post.identity)) {
			continue;
		}

		seen.add(post.identity);
		const known = byIdentity.get(post.identity);
		if (known) {
			const unchanged = known.text === formatSyncedPost(post, known.fetched ?? '');
			entries.push({action: unchanged ? 'unchanged' : 'updated', slug: known.slug, file: known.file, title: post.title, ...(unchanged ? {} : {text: formatSyncedPost(post, fetched)})});
			continue;
		}

		const owner = existing.get(post.slugBase);
		if (owner !== undefined && owner.sourceId === undefined) {
			entries.push({action: 'skipped', slug: post.slugBase, file: owner.file, title: post.title, reason: 'written by hand'});
			continue;
		}

		const slug = uniqueSlug(post.slugBase, candidate => taken.has(candidate));
		taken.add(slug);
		entries.push({action: 'new', slug, file: path.join(postsDirectory, `${slug}.md`), title: post.title, text: formatSyncedPost(post, fetched)});
	}

	return entries;
}
