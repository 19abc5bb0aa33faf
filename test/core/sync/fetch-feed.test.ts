import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {FetchError} from '../../../source/core/sync/errors.js';
import {fetchFeed, type FetchOptions} from '../../../source/core/sync/fetch-feed.js';
import {closedPort, type FeedServer, startFeedServer} from '../../helpers/feed-server.js';
import {localFetch} from '../../helpers/local-fetch.js';

let server: FeedServer;
const now = new Date('2026-12-01T10:00:00Z');
const options: FetchOptions = {fetch: localFetch, userAgent: 'clinic-read/9.9.9 (feed sync)', now: () => now};

beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => server.close());

async function failure(promise: Promise<unknown>): Promise<FetchError> {
	const error = await promise.then(() => undefined, (error: unknown) => error);
	expect(error).toBeInstanceOf(FetchError);
	return error as FetchError;
}

describe('fetchFeed', () => {
	test('sends the User-Agent and returns the body with its validators exactly as received', async () => {
		const fetched = await fetchFeed(server.url('/feeds/rss-full.xml'), options);
		expect(fetched.status).toBe(200);
		expect(fetched.etag).toBe('W/"rss-full.xml-1"');
		expect(fetched.lastModified).toBe('Tue, 01 Dec 2026 09:00:00 GMT');
		expect(Buffer.from(fetched.body).toString('utf8')).toContain('<rss version="2.0"');
		expect(server.requests.at(-1)!.headers['user-agent']).toBe('clinic-read/9.9.9 (feed sync)');
	});

	test('sends the ETag back unchanged and takes a 304 as "not modified"', async () => {
		const fetched = await fetchFeed(server.url('/feeds/rss-full.xml'), {...options, validators: {etag: 'W/"rss-full.xml-1"'}});
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe('W/"rss-full.xml-1"');
		expect({status: fetched.status, bytes: fetched.body.length}).toEqual({status: 304, bytes: 0});
	});

	test('sends Last-Modified back as If-Modified-Since', async () => {
		const fetched = await fetchFeed(server.url('/feeds/atom.xml'), {...options, validators: {lastModified: 'Tue, 01 Dec 2026 09:00:00 GMT'}});
		expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Tue, 01 Dec 2026 09:00:00 GMT');
		expect(fetched.status).toBe(304);
	});

	test('a permanent redirect (301, 308) is followed and reported; a temporary one only followed', async () => {
		expect((await fetchFeed(server.url('/moved'), options)).movedTo).toBe(server.url('/feeds/rss-full.xml'));
		expect((await fetchFeed(server.url('/moved-twice'), options)).movedTo).toBe(server.url('/feeds/rss-full.xml'));
		const temporary = await fetchFeed(server.url('/temporary'), options);
		expect(temporary.url).toBe(server.url('/feeds/rss-full.xml'));
		expect(temporary.movedTo).toBeUndefined();
	});

	test('more than 5 redirects, or one to another scheme, is an error', async () => {
		expect((await failure(fetchFeed(server.url('/loop'), options))).message).toBe(`${server.url('/loop')}: more than 5 redirects; check the address`);
		expect((await failure(fetchFeed(server.url('/to-file'), options))).message).toContain('redirected to a file: address');
	});

	test('429 and 503 carry the Retry-After time (seconds or a date)', async () => {
		const busy = await failure(fetchFeed(server.url('/busy'), options));
		expect(busy.retryAfter).toEqual(new Date('2026-12-01T10:02:00Z'));
		expect(busy.message).toBe(`${server.url('/busy')}: the server answered 429 Too Many Requests; the server asks to wait until 2026-12-01T10:02:00.000Z`);
		expect((await failure(fetchFeed(server.url('/unavailable'), options))).retryAfter).toEqual(new Date('2026-12-02T10:00:00Z'));
	});

	test('a 500 or a 404 is an error naming the address and the status', async () => {
		const broken = await failure(fetchFeed(server.url('/broken'), options));
		expect(broken.message).toBe(`${server.url('/broken')}: the server answered 500 Internal Server Error; the website has a problem; try again later`);
		expect(broken.status).toBe(500);
		expect((await failure(fetchFeed(server.url('/missing'), options))).message).toContain('answered 404 Not Found; check the address');
	});

	test('one timeout covers the whole request: a server that hangs, and one that drips bytes forever', async () => {
		for (const route of ['/hang', '/drip']) {
			const error = await failure(fetchFeed(server.url(route), {...options, timeoutMs: 300}));
			expect(error.message).toBe(`${server.url(route)}: no complete answer within 0.3 s; the website may be down, try again later`);
		}
	});

	test('the body is capped after decompression: a gzip bomb stops at the cap', async () => {
		const error = await failure(fetchFeed(server.url('/gzip-bomb'), {...options, maxBytes: 1024 * 1024}));
		expect(error.message).toBe(`${server.url('/gzip-bomb')}: the answer is larger than the 1 MB a feed may be; check the address`);
	});

	test('a declared length over the cap is refused before reading', async () => {
		expect((await failure(fetchFeed(server.url('/huge'), options))).message).toContain('the answer is 50 MB, more than the 5 MB a feed may be');
	});

	test('a closed port is "cannot reach", naming the address', async () => {
		const address = `http://127.0.0.1:${await closedPort()}/feed`;
		const error = await failure(fetchFeed(address, options));
		expect(error.message).toBe(`cannot reach ${address} (ECONNREFUSED); check the address and the network`);
	});

	test('the test fetch refuses any host but 127.0.0.1, before connecting', async () => {
		const error = await failure(fetchFeed('http://example.com/feed', options));
		expect(error.message).toContain('test fetch refused example.com');
	});
});
