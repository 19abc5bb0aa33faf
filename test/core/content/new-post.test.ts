import {fc, test} from '@fast-check/vitest';
import {describe, expect} from 'vitest';
import {checkPost} from '../../../source/core/check/check-post.js';
import {formatNewPost, maxSlugLength, parseTags, prepareNewPost, slugify} from '../../../source/core/content/new-post.js';
import {parsePost} from '../../../source/core/content/post.js';
import {sanitizeLine} from '../../../source/core/text/sanitize.js';

const today = '2026-01-25';

describe('slugify', () => {
	test.each([
		["A Beginner's Guide to Trigger Point Therapy", 'a-beginners-guide-to-trigger-point-therapy'],
		['Custom Bracing & Orthotics After Injury', 'custom-bracing-orthotics-after-injury'],
		['  Knee pain?! (Part 2)  ', 'knee-pain-part-2'],
		['Rééducation du périnée à Montréal', 'reeducation-du-perinee-a-montreal'],
		['Straße, Æsir, Øresund, Łódź', 'strasse-aesir-oresund-lodz'],
		['Ｆｕｌｌｗｉｄｔｈ １２３', 'fullwidth-123'],
		['日本語', ''],
		['', ''],
	])('%j → %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	test('cuts long titles between words, at most 60 characters', () => {
		const title = 'Custom Bracing & Orthotics After Injury: When You Need Them, How They Help, and What to Expect';
		expect(slugify(title)).toBe('custom-bracing-orthotics-after-injury-when-you-need-them-how');
		expect(slugify(title).length).toBeLessThanOrEqual(maxSlugLength);
		expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
	});

	test.prop([fc.string({unit: 'grapheme', maxLength: 200})])('is always short kebab-case ASCII', title => {
		expect(slugify(title)).toMatch(/^(?:[a-z\d]+(?:-[a-z\d]+)*)?$/);
		expect(slugify(title).length).toBeLessThanOrEqual(maxSlugLength);
	});
});

describe('parseTags and prepareNewPost', () => {
	test('tags are kebab-case words, each once', () => {
		expect(parseTags('massage, injury-recovery,massage')).toEqual(['massage', 'injury-recovery']);
	});

	test.each([
		['Foo Bar', '"Foo Bar" is not one'],
		['a,,b', '"" is not one'],
		['pain-', '"pain-" is not one'],
		['', '"" is not one'],
	])('rejects --tags %j', (value, message) => {
		expect(() => parseTags(value)).toThrow(message);
	});

	test('defaults to today and no tags; sanitizes the title', () => {
		expect(prepareNewPost('  Knee\u001B[2J pain\n', {today})).toEqual({title: 'Knee pain', date: today, tags: []});
		expect(prepareNewPost('Knee pain', {today, date: '2026-01-26', tags: 'pain'})).toEqual({title: 'Knee pain', date: '2026-01-26', tags: ['pain']});
	});

	test.each([
		['an empty title', ' \u001B[2J ', {}, 'new needs a title'],
		['an impossible date', 'T', {date: '2026-02-30'}, '--date must be a real date as YYYY-MM-DD, such as 2026-01-25; not "2026-02-30"'],
		['a date in another form', 'T', {date: '25/01/2026'}, '--date must be a real date'],
		['a date two days ahead', 'T', {date: '2026-01-27'}, '--date 2026-01-27 is more than a day in the future'],
	])('rejects %s with a usage error', (_name, title, flags, message) => {
		expect(() => prepareNewPost(title, {today, ...flags})).toThrow(expect.objectContaining({exitCode: 2, message: expect.stringContaining(message) as string}));
	});
});

describe('formatNewPost', () => {
	test('front matter and a skeleton body', () => {
		expect(formatNewPost({title: 'Knee pain: "what" helps', date: today, tags: ['pain', 'null', '12']})).toBe([
			'---',
			String.raw`title: "Knee pain: \"what\" helps"`,
			'date: 2026-01-25',
			'tags: [pain, "null", "12"]',
			'---',
			'Start with one or two sentences a patient would recognise: what this post is about and who it helps.',
			'',
			'## What it is',
			'',
			'Explain it in plain words: what it is, who it helps, and what to expect in a visit.',
			'',
			'## When to ask a professional',
			'',
			'List the signs that mean it is time to call, and end with a line pointing to the clinic\'s contact card.',
			'',
		].join('\n'));
	});

	test('leaves tags out when there are none', () => {
		expect(formatNewPost({title: 'T', date: today, tags: []})).toMatch(/^---\ntitle: "T"\ndate: 2026-01-25\n---\n/);
	});

	const anyTitle = fc.string({unit: 'binary', minLength: 1, maxLength: 80}).filter(title => sanitizeLine(title) !== '');
	const anyTags = fc.array(fc.stringMatching(/^[a-z\d]{1,6}(?:-[a-z\d]{1,6})?$/), {maxLength: 4});
	test.prop([anyTitle, anyTags])('any title round-trips and the post passes check', (title, tags) => {
		const post = prepareNewPost(title, {today, tags: tags.length > 0 ? tags.join(',') : undefined});
		const text = formatNewPost(post);
		// Only the reminder that the skeleton is still to be written over.
		expect(checkPost(text, today).problems).toEqual([{line: expect.any(Number), severity: 'warning', message: 'still has the skeleton text that "clinic-read new" wrote; replace it with the post'}]);
		const parsed = parsePost('x', 'x.md', text);
		expect('post' in parsed && {title: parsed.post.title, tags: parsed.post.tags}).toEqual({title: post.title, tags: post.tags});
	});
});
