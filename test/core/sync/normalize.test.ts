import {parseFeed} from 'feedsmith';
import {describe, expect, test} from 'vitest';
import {normalizeFeed} from '../../../source/core/sync/normalize.js';
import {fixture} from '../../helpers/feed-server.js';

const normalized = (name: string) => normalizeFeed(parseFeed(fixture(name).toString('utf8')));

describe('normalizeFeed', () => {
	test('RSS 2.0: guid, content:encoded, dc:creator, categories', () => {
		const [item] = normalized('rss-full.xml').items;
		expect(item).toMatchObject({id: 'delta-post-101', link: 'http://127.0.0.1/blog/knee-pain-after-running/', title: 'Knee Pain After Running: What Helps', author: 'Khairunnisa Hemani', published: 'Wed, 02 Dec 2026 04:30:00 GMT', tags: ['Knee Pain', 'Running']});
		expect(item!.contentHtml).toContain('<h2>Why it hurts</h2>');
		expect(item!.summaryHtml).toBe('<p>Why knees hurt after a run, and what to do about it.</p>');
	});

	test('Atom: id, the alternate link, html titles, published before updated', () => {
		expect(normalized('atom.xml').items[0]).toEqual({
			id: 'tag:127.0.0.1,2026:ankle',
			link: 'http://127.0.0.1/blog/ankle-sprains',
			title: 'Ankle Sprains: <em>Back</em> on Your Feet',
			contentHtml: '<p>Most sprains heal in <strong>six weeks</strong>.</p>',
			summaryHtml: '<p>Ice, then move: the first week after a sprain.</p>',
			author: 'Priya Shah',
			published: '2026-11-28T18:00:00Z',
			tags: ['Ankle'],
		});
	});

	test('JSON Feed: content_html, else content_text as paragraphs', () => {
		const [html, text] = normalized('feed.json').items;
		expect(html).toMatchObject({id: 'json-1', link: 'http://127.0.0.1/blog/hip-replacement-recovery', author: 'Jordan Fox', tags: ['Hip', 'Surgery Recovery']});
		expect(text!.contentHtml).toBe('<p>Drink water.</p>\n<p>Stretch daily.</p>');
	});

	test('RDF (RSS 1.0): rdf:about as the id, dc fields', () => {
		const rdf = '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://127.0.0.1/"><title>R</title><link>http://127.0.0.1/</link><description>d</description></channel><item rdf:about="http://127.0.0.1/r1"><title>RDF post</title><link>http://127.0.0.1/r1</link><dc:creator>Ann</dc:creator><dc:date>2026-11-01T10:00:00Z</dc:date><dc:subject>knees</dc:subject></item></rdf:RDF>';
		expect(normalizeFeed(parseFeed(rdf)).items[0]).toEqual({id: 'http://127.0.0.1/r1', link: 'http://127.0.0.1/r1', title: 'RDF post', author: 'Ann', published: '2026-11-01T10:00:00Z', tags: ['knees']});
	});

	test('an entity bomb stays unexpanded', () => {
		const [item] = normalized('entity-bomb.xml').items;
		expect(item!.title!.length).toBeLessThan(100);
	});
});
