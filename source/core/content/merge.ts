import {type Catalog, comparePosts} from './catalog.js';
import {sanitizeLine} from '../text/sanitize.js';

/**
The bundled posts with the synced ones beside them, newest first. A synced post whose slug a bundled post already has
is left out with a warning: the bundled post keeps its slug, its read mark and its place.
*/
export function mergeCatalogs(bundled: Catalog, synced: Catalog): Catalog {
	const bySlug = new Map(bundled.posts.map(post => [post.slug, post]));
	const warnings = [...bundled.warnings, ...synced.warnings];
	const added = synced.posts.filter(post => {
		const owner = bySlug.get(post.slug);
		if (owner !== undefined) {
			warnings.push(`${sanitizeLine(post.file)}: slug "${post.slug}" is already used by the bundled post ${sanitizeLine(owner.file)}; not shown (rename one of them)`);
		}

		return owner === undefined;
	});
	return {posts: [...bundled.posts, ...added].sort(comparePosts), warnings};
}
