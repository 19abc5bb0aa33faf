import {describe, expect, test} from 'vitest';
import {currentSlug, dwellMilliseconds, nextArticle, nextScreen, previousArticle, reconcile, selectPosts, shuffle, startRotation, wordsOn} from '../../../source/core/kiosk/rotation.js';
import {fakePost} from '../../helpers/content.js';

/** A repeatable source of numbers in [0, 1). */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

const slugs = ['a', 'b', 'c', 'd'];
const settings = {wpm: 180, minSeconds: 10, maxSeconds: 60};

describe('selectPosts', () => {
	const posts = [fakePost('a', {tags: ['Arthritis']}), fakePost('b', {tags: ['back']}), fakePost('c', {tags: ['arthritis', 'knee']})];

	test('keeps every post without a tag, and those with the tag in any case with one', () => {
		expect(selectPosts(posts)).toBe(posts);
		expect(selectPosts(posts, 'arthritis').map(post => post.slug)).toEqual(['a', 'c']);
		expect(selectPosts(posts, 'nothing')).toEqual([]);
	});
});

describe('order', () => {
	test('newest keeps the catalog order and starts again after the last', () => {
		let rotation = startRotation(slugs, 'newest', Math.random);
		const seen = [];
		for (let step = 0; step < 6; step++) {
			seen.push(currentSlug(rotation));
			rotation = nextArticle(rotation, slugs, 'newest', Math.random);
		}

		expect(seen).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
	});

	test('shuffle shows every post once a round, reshuffles, and never repeats across the seam', () => {
		const random = seeded(7);
		let rotation = startRotation(slugs, 'shuffle', random);
		const rounds: string[][] = [];
		for (let round = 0; round < 20; round++) {
			const shown: string[] = [];
			for (let step = 0; step < slugs.length; step++) {
				shown.push(currentSlug(rotation)!);
				rotation = nextArticle(rotation, slugs, 'shuffle', random);
			}

			rounds.push(shown);
		}

		for (const round of rounds) {
			expect([...round].sort()).toEqual(slugs);
		}

		for (let round = 1; round < rounds.length; round++) {
			expect(rounds[round]![0]).not.toBe(rounds[round - 1]!.at(-1));
		}

		expect(new Set(rounds.map(round => round.join(''))).size).toBeGreaterThan(1);
	});

	test('pinned posts open every round, newest first, even shuffled; only the rest is shuffled', () => {
		const random = seeded(3);
		const lineup = ['pinned-new', 'pinned-old', ...slugs];
		let rotation = startRotation(lineup, 'shuffle', random, 2);
		const rounds: string[] = [];
		for (let round = 0; round < 12; round++) {
			const shown: string[] = [];
			for (let step = 0; step < lineup.length; step++) {
				shown.push(currentSlug(rotation)!);
				rotation = nextScreen(rotation, 1, lineup, 'shuffle', random, 2);
			}

			expect(shown.slice(0, 2)).toEqual(['pinned-new', 'pinned-old']);
			expect(shown.slice(2).sort()).toEqual(slugs);
			rounds.push(shown.join(' '));
		}

		expect(new Set(rounds).size).toBeGreaterThan(1);
		// A post that vanished on reload, on a rotation that had nothing: the new round still leads with the pins.
		expect(reconcile({order: [], index: 0, page: 0, serial: 0}, lineup, 'shuffle', random, 2).order.slice(0, 2)).toEqual(['pinned-new', 'pinned-old']);
	});

	test('shuffle is Fisher–Yates over the injected random', () => {
		expect(shuffle([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
		expect(shuffle([1, 2, 3], () => 0.999)).toEqual([1, 2, 3]);
	});

	test('previous wraps to the end of the round', () => {
		const rotation = startRotation(slugs, 'newest', Math.random);
		expect(currentSlug(previousArticle(rotation))).toBe('d');
		expect(currentSlug(previousArticle(nextArticle(rotation, slugs, 'newest', Math.random)))).toBe('a');
	});
});

describe('screens', () => {
	test('every page of an article, then the next article at its first page; each step a new serial', () => {
		let rotation = startRotation(slugs, 'newest', Math.random);
		const steps = [];
		for (let step = 0; step < 4; step++) {
			steps.push(`${currentSlug(rotation)}${rotation.page}#${rotation.serial}`);
			rotation = nextScreen(rotation, currentSlug(rotation) === 'a' ? 3 : 1, slugs, 'newest', Math.random);
		}

		expect(steps).toEqual(['a0#0', 'a1#1', 'a2#2', 'b0#3']);
	});

	test.each([
		[0, 10_000],
		[30, 10_000],
		[90, 30_000],
		[180, 60_000],
		[1000, 60_000],
	])('%i words are held %i ms at 180 wpm between 10 and 60 seconds', (words, ms) => {
		expect(dwellMilliseconds(words, settings)).toBe(ms);
	});

	test('counts the words of a screenful', () => {
		expect(wordsOn(['Hello there,', '- a list item', '', '— 42'])).toBe(6);
	});
});

describe('reconcile after a reload', () => {
	const at = (slug: string) => {
		let rotation = startRotation(slugs, 'newest', Math.random);
		while (currentSlug(rotation) !== slug) {
			rotation = nextArticle(rotation, slugs, 'newest', Math.random);
		}

		return {...rotation, page: 2};
	};

	test('a new post comes next; the post on screen keeps its page and dwell', () => {
		const rotation = at('b');
		const next = reconcile(rotation, ['new', ...slugs], 'newest', Math.random);
		expect(next.order).toEqual(['a', 'b', 'new', 'c', 'd']);
		expect({slug: currentSlug(next), page: next.page, serial: next.serial}).toEqual({slug: 'b', page: 2, serial: rotation.serial});
	});

	test('a removed post leaves the round; if it was on screen, the next one shows at once', () => {
		const rotation = at('b');
		expect(reconcile(rotation, ['a', 'b', 'd'], 'newest', Math.random).order).toEqual(['a', 'b', 'd']);
		const moved = reconcile(rotation, ['a', 'c', 'd'], 'newest', Math.random);
		expect({slug: currentSlug(moved), page: moved.page}).toEqual({slug: 'c', page: 0});
		expect(moved.serial).toBeGreaterThan(rotation.serial);
		expect(currentSlug(reconcile(at('d'), ['a', 'b'], 'newest', Math.random))).toBe('a');
	});

	test('from no posts to some starts a round; from some to none empties it', () => {
		const empty = startRotation([], 'newest', Math.random);
		expect(currentSlug(empty)).toBeUndefined();
		expect(currentSlug(reconcile(empty, slugs, 'newest', Math.random))).toBe('a');
		expect(currentSlug(reconcile(at('c'), [], 'newest', Math.random))).toBeUndefined();
	});
});

test('newest: a post shown out of turn does not open the next round again', () => {
	let rotation = startRotation(['a', 'b'], 'newest', Math.random);
	// "new" arrives while "b" is on screen, so it is shown after it, last in this round.
	rotation = nextArticle(rotation, ['a', 'b'], 'newest', Math.random);
	rotation = reconcile(rotation, ['new', 'a', 'b'], 'newest', Math.random);
	rotation = nextArticle(rotation, ['new', 'a', 'b'], 'newest', Math.random);
	expect(currentSlug(rotation)).toBe('new');
	rotation = nextArticle(rotation, ['new', 'a', 'b'], 'newest', Math.random);
	expect(rotation.order).toEqual(['a', 'new', 'b']);
	expect(currentSlug(rotation)).toBe('a');
});
