import {describe, expect, test} from 'vitest';
import {dayIn, preparePost, slugBaseOf} from '../../../source/core/sync/prepare.js';

const fetched = new Date('2026-12-03T15:00:00Z');

describe('preparePost', () => {
	test('23:30 in Toronto keeps its day, though it is the next day in UTC', () => {
		expect(dayIn(new Date('2026-12-02T04:30:00Z'), 'America/Toronto')).toBe('2026-12-01');
		expect(preparePost({published: 'Wed, 02 Dec 2026 04:30:00 GMT', tags: []}, fetched, 'America/Toronto').date).toBe('2026-12-01');
	});

	test('a date in the future, or none, becomes the day it was fetched', () => {
		expect(preparePost({published: '2030-01-01T00:00:00Z', tags: []}, fetched, 'America/Toronto').date).toBe('2026-12-03');
		expect(preparePost({published: 'someday', tags: []}, fetched, 'America/Toronto').date).toBe('2026-12-03');
	});

	test('identity: the id, else the link, else a hash of the content', () => {
		expect(preparePost({id: 'a', link: 'https://x.example/p', tags: []}, fetched).identity).toBe('a');
		expect(preparePost({link: 'https://x.example/p', tags: []}, fetched).identity).toBe('https://x.example/p');
		expect(preparePost({title: 'T', contentHtml: '<p>x</p>', tags: []}, fetched).identity).toMatch(/^sha256:[\da-f]{64}$/);
	});

	test('plain one-line fields: title, author, summary and kebab-case tags', () => {
		const post = preparePost({title: 'Knee <b>pain</b>\n\u001B[31m', author: '<span>Dr. Lee</span>', summaryHtml: '<p>Short.</p>', tags: ['Knee Pain', 'knee-pain', 'Ünïcode'], contentHtml: '<p>Body</p>'}, fetched);
		expect(post).toMatchObject({title: 'Knee pain', author: 'Dr. Lee', summary: 'Short.', tags: ['knee-pain', 'unicode'], body: 'Body'});
	});

	test('a long summary is cut between words', () => {
		const summary = preparePost({summaryHtml: 'word '.repeat(100), tags: []}, fetched).summary!;
		expect(summary.length).toBeLessThanOrEqual(300);
		expect(summary.endsWith('word…')).toBe(true);
	});

	test('a post without a title takes the start of its text', () => {
		expect(preparePost({contentHtml: '<p>Stretch every morning for five minutes</p>', tags: []}, fetched).title).toBe('Stretch every morning for five minutes');
		expect(preparePost({tags: []}, fetched).title).toBe('Untitled post');
	});
});

describe('slugBaseOf', () => {
	test.each([
		['https://x.example/blog/knee-pain/', 'Other', 'knee-pain'],
		['https://x.example/blog/desk-posture.html', 'Other', 'desk-posture'],
		['https://x.example/?p=102', 'Desk Posture & Neck Pain', 'desk-posture-neck-pain'],
		['https://x.example/blog/%C3%A9paule', 'Other', 'epaule'],
		[undefined, '!!!', 'post'],
	])('%s, %s → %s', (link, title, slug) => {
		expect(slugBaseOf(link, title)).toBe(slug);
	});
});
