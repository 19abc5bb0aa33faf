import {describe, expect, test} from 'vitest';
import {commonFeedUrls, findFeedLinks} from '../../../source/core/sync/discover.js';
import {fixture} from '../../helpers/feed-server.js';

describe('feed discovery', () => {
	test('<link rel="alternate"> feeds, resolved against the page, others ignored', () => {
		const html = '<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"><link rel="alternate stylesheet" type="text/css" href="/x.css"><link rel="Alternate" type="application/feed+json; charset=utf-8" href="feed.json"><link rel="alternate" type="application/rss+xml" href="javascript:x"><link rel="alternate" type="application/rss+xml" href="/atom.xml"></head></html>';
		expect(findFeedLinks(html, 'https://clinic.example/blog/')).toEqual(['https://clinic.example/atom.xml', 'https://clinic.example/blog/feed.json']);
		expect(findFeedLinks(fixture('blog.html').toString('utf8'), 'http://127.0.0.1:8/blog/')).toEqual(['http://127.0.0.1:8/feeds/rss-full.xml']);
	});

	test('the common paths are on the page\'s own site', () => {
		expect(commonFeedUrls('https://clinic.example/blog/')).toContain('https://clinic.example/feed');
		expect(commonFeedUrls('https://clinic.example/blog/').every(url => url.startsWith('https://clinic.example/'))).toBe(true);
	});

});
