import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../source/core/content/catalog.js';
import {runCli} from '../helpers/cli.js';

// The clinic's page (shared/seed/clinic-blog-page.txt): every post's date, and the titles it gives in full.
const seed = [
	{date: '2026-01-25'},
	{date: '2026-01-18'},
	{date: '2026-01-10'},
	{date: '2026-01-06', title: 'Can massage therapy help with stress-related pain?'},
	{date: '2026-01-04'},
	{date: '2026-01-01', title: 'Shockwave therapy for soft tissue injuries: Top 5 benefits'},
	{date: '2025-12-27'},
	{date: '2025-12-20'},
	{date: '2025-12-16', title: 'Custom Bracing & Orthotics After Injury: When You Need Them, How They Help, and What to Expect'},
	{date: '2025-12-14'},
	{date: '2022-10-03', title: "A Beginner's Guide to Trigger Point Therapy", slug: 'trigger-point-therapy'},
];

describe('the bundled catalogue', () => {
	const {posts, warnings} = loadCatalog('content');

	test('no post tells its reader to press a key: the kiosk shows the same text and has no keys', () => {
		expect(posts.filter(post => /\bpress\s+`?[a-z]`?\b/i.test(post.body)).map(post => post.slug)).toEqual([]);
	});

	test('holds the eleven posts of the clinic page, newest first, with their dates and author', () => {
		expect(warnings).toEqual([]);
		expect(posts.map(post => post.date)).toEqual(seed.map(entry => entry.date));
		for (const [index, entry] of seed.entries()) {
			const post = posts[index]!;
			expect(post.author).toBe('Khairunnisa Hemani');
			if (entry.title) {
				expect(post.title).toBe(entry.title);
			}

			if (entry.slug) {
				expect(post.slug).toBe(entry.slug);
			}
		}
	});

	test('every post is a real article: a summary, tags, short kebab-case slug, 400–900 words', () => {
		for (const post of posts) {
			expect(post.slug).toMatch(/^[a-z\d]+(?:-[a-z\d]+)*$/);
			expect(post.slug.length).toBeLessThanOrEqual(40);
			expect(post.summary?.length).toBeGreaterThan(40);
			expect(post.tags.length).toBeGreaterThan(0);
			expect(post.words, post.slug).toBeGreaterThanOrEqual(400);
			expect(post.words, post.slug).toBeLessThanOrEqual(900);
			expect(post.body, post.slug).toMatch(/^## /m);
			expect(post.body, post.slug).toMatch(/^- \*\*/m);
		}
	});

	test('image descriptions come from the clinic page where it gives one', () => {
		expect(posts.filter(post => post.image).map(post => post.date)).toEqual(['2026-01-25', '2026-01-18', '2026-01-10', '2026-01-04', '2025-12-27', '2025-12-20', '2025-12-14']);
		expect(posts.find(post => post.date === '2026-01-25')?.image?.alt).toBe('Therapist assisting patient with arm exercise using a green dumbbell; light setting.');
	});

	test('list shows all eleven newest first, and check is clean', () => {
		const lines = runCli(['list']).stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(11);
		expect(lines[0]).toContain('2026-01-25');
		expect(runCli(['check'])).toMatchObject({status: 0, stdout: 'check: 11 posts, 0 errors, 0 warnings\n'});
	});
});
