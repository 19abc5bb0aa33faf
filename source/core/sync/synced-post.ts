import {readdirSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {readContentText} from '../content/content-file.js';
import {parseYaml, splitFrontMatter} from '../content/front-matter.js';
import type {PreparedPost} from './prepare.js';

/** A post file already in posts/: synced ones carry the feed item's identity in their `source:` block. */
export type ExistingPost = {
	readonly slug: string;
	readonly file: string;
	readonly text: string;
	/** Absent for a post written by hand, which sync never overwrites. */
	readonly sourceId?: string;
	readonly fetched?: string;
};

/** The file for a synced post: the same front matter as a hand-written one, plus `source:` (id, url, fetched). */
export function formatSyncedPost(post: PreparedPost, fetched: string): string {
	const fields = {
		title: post.title,
		date: post.date,
		...(post.author === undefined ? {} : {author: post.author}),
		...(post.summary === undefined ? {} : {summary: post.summary}),
		...(post.tags.length === 0 ? {} : {tags: post.tags}),
		...(post.url === undefined ? {} : {url: post.url}),
		source: {id: post.identity, ...(post.url === undefined ? {} : {url: post.url}), fetched},
	};
	// Quoted throughout: every YAML reader takes the date as text and a title such as "No: 1" as one string.
	const frontMatter = yaml.dump(fields, {schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, forceQuotes: true, quotingType: '"'});
	return `---\n${frontMatter}---\n\n${post.body}\n`;
}

function sourceOf(text: string): {sourceId?: string; fetched?: string} {
	const parts = splitFrontMatter(text);
	if (!parts) {
		return {};
	}

	try {
		const data = parseYaml(parts.frontMatter) as {source?: {id?: unknown; fetched?: unknown}} | null;
		const source = data?.source;
		return typeof source?.id === 'string'
			? {sourceId: source.id, ...(typeof source.fetched === 'string' ? {fetched: source.fetched} : {})}
			: {};
	} catch {
		// Broken front matter: treated as written by hand, so it is never overwritten.
		return {};
	}
}

/** Every post file in the folder by slug (as the catalogue makes slugs: lower-cased name without .md). */
export function readExistingPosts(postsDirectory: string): Map<string, ExistingPost> {
	const posts = new Map<string, ExistingPost>();
	let names: string[];
	try {
		names = readdirSync(postsDirectory).filter(name => name.endsWith('.md')).sort();
	} catch {
		return posts;
	}

	for (const name of names) {
		const file = path.join(postsDirectory, name);
		const slug = name.slice(0, -'.md'.length).toLowerCase();
		// Unreadable, or not a regular file (a FIFO never hangs sync): it still holds its slug, and counts as written by hand.
		const read = readContentText(file);
		const text = 'text' in read ? read.text : '';

		posts.set(slug, {slug, file, text, ...sourceOf(text)});
	}

	return posts;
}
