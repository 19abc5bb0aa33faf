import {countWords, type Post} from '../content/post.js';

export type Order = 'newest' | 'shuffle';

/** How the kiosk picks posts and how long it holds each screenful. */
export type RotationSettings = {
	readonly wpm: number;
	readonly minSeconds: number;
	readonly maxSeconds: number;
	readonly order: Order;
	readonly tag?: string;
};

/** A number in [0, 1), as Math.random gives; injected so tests are repeatable. */
export type Random = () => number;

/**
Where the display is: the round's order of slugs, the article in it and the screenful of that article.
`serial` changes whenever the screen should start a new dwell, even when it lands on the same page again.
*/
export type Rotation = {
	readonly order: readonly string[];
	readonly index: number;
	readonly page: number;
	readonly serial: number;
};

/** The posts the kiosk shows: all of them, or those with the tag (any case), newest first as given. */
export function selectPosts(posts: readonly Post[], tag?: string): readonly Post[] {
	if (tag === undefined) {
		return posts;
	}

	const wanted = tag.toLowerCase();
	return posts.filter(post => post.tags.some(candidate => candidate.toLowerCase() === wanted));
}

/** Fisher–Yates with the given source of randomness. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other]!, result[index]!];
	}

	return result;
}

/**
A round's order. `pinned` counts the posts at the head of `slugs` that are pinned: they open every round, newest first,
shuffle or not; only the rest is shuffled.
*/
function roundOrder(slugs: readonly string[], order: Order, random: Random, avoidFirst?: string, pinned = 0): readonly string[] {
	const head = slugs.slice(0, pinned);
	const rest = order === 'newest' ? [...slugs.slice(pinned)] : shuffle(slugs.slice(pinned), random);
	// A new round should not repeat the article that just ended the last one (a shuffle, or a new post shown out of turn).
	if (head.length === 0 && rest.length > 1 && rest[0] === avoidFirst) {
		[rest[0], rest[1]] = [rest[1]!, rest[0]!];
	}

	return [...head, ...rest];
}

export function startRotation(slugs: readonly string[], order: Order, random: Random, pinned = 0): Rotation {
	return {order: roundOrder(slugs, order, random, undefined, pinned), index: 0, page: 0, serial: 0};
}

export function currentSlug(rotation: Rotation): string | undefined {
	return rotation.order[rotation.index];
}

/** The next article, starting a new round (reshuffled for shuffle) after the last one. */
export function nextArticle(rotation: Rotation, slugs: readonly string[], order: Order, random: Random, pinned = 0): Rotation {
	const serial = rotation.serial + 1;
	if (rotation.index + 1 < rotation.order.length) {
		return {...rotation, index: rotation.index + 1, page: 0, serial};
	}

	return {order: roundOrder(slugs, order, random, currentSlug(rotation), pinned), index: 0, page: 0, serial};
}

/** The article before this one in the round, wrapping to its end. */
export function previousArticle(rotation: Rotation): Rotation {
	const {length} = rotation.order;
	return {...rotation, index: length === 0 ? 0 : (rotation.index - 1 + length) % length, page: 0, serial: rotation.serial + 1};
}

/** The next screenful of this article, or the next article after its last one. */
export function nextScreen(rotation: Rotation, pageCount: number, slugs: readonly string[], order: Order, random: Random, pinned = 0): Rotation {
	if (rotation.page + 1 < pageCount) {
		return {...rotation, page: rotation.page + 1, serial: rotation.serial + 1};
	}

	return nextArticle(rotation, slugs, order, random, pinned);
}

/**
Fit the rotation to a reloaded list of posts: removed posts leave the round, new ones are shown next.
If the post on screen went away, the one after it takes its place at once.
*/
export function reconcile(rotation: Rotation, slugs: readonly string[], order: Order, random: Random, pinned = 0): Rotation {
	if (rotation.order.length === 0) {
		return {...startRotation(slugs, order, random, pinned), serial: rotation.serial + 1};
	}

	const present = new Set(slugs);
	const current = currentSlug(rotation);
	const kept = rotation.order.filter(slug => present.has(slug));
	const known = new Set(kept);
	const added = slugs.filter(slug => !known.has(slug));
	const before = rotation.order.slice(0, rotation.index).filter(slug => present.has(slug)).length;
	if (current !== undefined && present.has(current)) {
		const ordered = [...kept.slice(0, before + 1), ...added, ...kept.slice(before + 1)];
		return {...rotation, order: ordered, index: before};
	}

	const ordered = [...kept.slice(0, before), ...added, ...kept.slice(before)];
	return {order: ordered, index: before < ordered.length ? before : 0, page: 0, serial: rotation.serial + 1};
}

/** How long to hold a screenful of `words` words: reading time at `wpm`, clamped to [min, max] seconds. */
export function dwellMilliseconds(words: number, settings: Pick<RotationSettings, 'wpm' | 'minSeconds' | 'maxSeconds'>): number {
	const seconds = (words / settings.wpm) * 60;
	return Math.round(Math.min(settings.maxSeconds, Math.max(settings.minSeconds, seconds)) * 1000);
}

/** Words on a screenful of plain lines. */
export function wordsOn(lines: readonly string[]): number {
	return countWords(lines.join('\n'));
}
