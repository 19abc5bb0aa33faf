import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {checkContent} from '../../../source/core/check/check.js';
import {type SyncRequest, syncFeed} from '../../../source/core/sync/sync.js';
import {readSyncState, syncStateFile} from '../../../source/core/sync/state.js';
import {clinicYaml, makeContent, postText} from '../../helpers/content.js';
import {type FeedServer, fixture, serveFixture, startFeedServer} from '../../helpers/feed-server.js';
import {localFetch} from '../../helpers/local-fetch.js';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => server.close());

const fixedNow = new Date('2026-12-03T15:00:00Z');

function request(url: string, contentDirectory: string, overrides: Partial<SyncRequest> = {}): SyncRequest {
	return {url, contentDirectory, fetch: localFetch, userAgent: 'clinic-read/test', now: () => fixedNow, timeZone: 'America/Toronto', dryRun: false, ifDue: false, ...overrides};
}

/** Every file in the folder with its bytes and modification time: what "nothing touched" compares. */
function snapshot(directory: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(directory, {recursive: true, encoding: 'utf8'})) {
		const file = path.join(directory, name);
		if (statSync(file).isFile()) {
			files[name] = `${statSync(file).mtimeMs}:${readFileSync(file, 'utf8')}`;
		}
	}

	return files;
}

function postsIn(directory: string): string[] {
	return readdirSync(path.join(directory, 'posts')).sort();
}

function checkFolder(directory: string) {
	const names = postsIn(directory);
	return checkContent({
		clinic: {file: 'clinic.yml', text: readFileSync(path.join(directory, 'clinic.yml'), 'utf8')},
		posts: names.map(name => ({file: `posts/${name}`, text: readFileSync(path.join(directory, 'posts', name), 'utf8')})),
		today: '2026-12-03',
	});
}

describe('syncFeed', () => {
	test('writes one post per item, then a re-sync is one conditional request that changes nothing', async () => {
		const content = makeContent({});
		const first = await syncFeed(request(server.url('/feeds/rss-full.xml'), content));
		expect(first.due && first.entries.map(entry => [entry.action, entry.slug])).toEqual([['new', 'knee-pain-after-running'], ['new', 'desk-posture']]);
		const text = readFileSync(path.join(content, 'posts', 'knee-pain-after-running.md'), 'utf8');
		// Published 04:30 UTC on December 2: 23:30 on December 1 in Toronto.
		expect(text).toContain('date: "2026-12-01"');
		expect(text).toContain(`source:\n  id: "delta-post-101"\n  url: "http://127.0.0.1/blog/knee-pain-after-running/"\n  fetched: "2026-12-03T15:00:00.000Z"`);
		expect(checkFolder(content).problems).toEqual([]);

		const before = snapshot(content);
		const again = await syncFeed(request(server.url('/feeds/rss-full.xml'), content, {now: () => new Date('2026-12-03T16:00:00Z')}));
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe('W/"rss-full.xml-1"');
		expect(again.due && {status: again.status, entries: again.entries.length, synced: again.syncedPosts}).toEqual({status: 304, entries: 0, synced: 2});
		const after = snapshot(content);
		expect(Object.keys(after)).toEqual(Object.keys(before));
		for (const name of Object.keys(before).filter(name => name.startsWith('posts'))) {
			expect(after[name]).toBe(before[name]);
		}
	});

	test('a 200 with the same body as last time writes no post', async () => {
		const content = makeContent({});
		server.route('/no-validators', (_request, response) => {
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.end(fixture('rss-full.xml'));
		});
		await syncFeed(request(server.url('/no-validators'), content));
		const before = snapshot(path.join(content, 'posts'));
		const again = await syncFeed(request(server.url('/no-validators'), content, {now: () => new Date('2026-12-03T16:00:00Z')}));
		expect(again.due && [again.status, again.entries.length]).toEqual([200, 0]);
		expect(snapshot(path.join(content, 'posts'))).toEqual(before);
	});

	test('a changed item rewrites its file under the same slug; new items get free slugs; posts gone from the feed stay', async () => {
		const content = makeContent({});
		let version = 1;
		server.route('/changing', (_request, response) => {
			const feed = fixture('rss-full.xml').toString('utf8');
			const body = version === 1 ? feed : feed
				.replace('Knee Pain After Running: What Helps', 'Knee Pain After Running: What Helps (updated)')
				.replace(/<item>\s*<title>Desk Posture[\s\S]*?<\/item>/, '<item><title>Another knee post</title><link>http://127.0.0.1/other/knee-pain-after-running/</link><guid>delta-post-103</guid><description>More.</description></item>');
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.end(body);
		});
		await syncFeed(request(server.url('/changing'), content));
		version = 2;
		const report = await syncFeed(request(server.url('/changing'), content));
		expect(report.due && report.entries.map(entry => [entry.action, entry.slug])).toEqual([['updated', 'knee-pain-after-running'], ['new', 'knee-pain-after-running-2']]);
		expect(postsIn(content)).toEqual(['desk-posture.md', 'knee-pain-after-running-2.md', 'knee-pain-after-running.md']);
		expect(readFileSync(path.join(content, 'posts', 'knee-pain-after-running.md'), 'utf8')).toContain('(updated)');
	});

	test('an item never overwrites a post written by hand: it is skipped and reported', async () => {
		const handWritten = postText({title: 'Knee pain', date: '2026-01-01'}, 'Written by the clinic.');
		const content = makeContent({'knee-pain.md': handWritten});
		const report = await syncFeed(request(server.url('/feeds/collision.xml'), content));
		expect(report.due && report.entries.map(entry => [entry.action, entry.slug, entry.reason])).toEqual([
			['skipped', 'knee-pain', 'written by hand'],
			['new', 'back-pain', undefined],
			['new', 'back-pain-2', undefined],
		]);
		expect(readFileSync(path.join(content, 'posts', 'knee-pain.md'), 'utf8')).toBe(handWritten);
	});

	test.each(['atom.xml', 'feed.json', 'rss-summary.xml', 'hostile.xml', 'latin1.xml', 'entity-bomb.xml'])('%s: every synced post passes check', async name => {
		const content = makeContent({});
		await syncFeed(request(server.url(`/feeds/${name}`), content));
		expect(postsIn(content).length).toBeGreaterThan(0);
		expect(checkFolder(content).problems).toEqual([]);
	});

	test('a summary-only item links to the full article', async () => {
		const content = makeContent({});
		await syncFeed(request(server.url('/feeds/rss-summary.xml'), content));
		expect(readFileSync(path.join(content, 'posts', 'shoulder-pain-at-night.md'), 'utf8')).toContain('Sleeping on a sore shoulder? *Three positions* that help.\n\n[Read the full article](http://127.0.0.1/blog/shoulder-pain-at-night)\n');
	});

	test('Latin-1 is decoded by the XML declaration, and by the header', async () => {
		for (const route of ['/feeds/latin1.xml', '/latin1-header']) {
			const content = makeContent({});
			await syncFeed(request(server.url(route), content));
			expect(readFileSync(path.join(content, 'posts', 'epaule.md'), 'utf8')).toContain('title: "Douleur à l\'épaule : les exercices"');
		}
	});

	test('a blog page is followed to the feed it links to; the next sync asks the feed directly', async () => {
		const content = makeContent({});
		server.route('/blog/', serveFixture('blog.html'));
		const report = await syncFeed(request(server.url('/blog/'), content));
		expect(report.due && [report.feedUrl, report.entries.length]).toEqual([server.url('/feeds/rss-full.xml'), 2]);
		const count = server.requests.length;
		await syncFeed(request(server.url('/blog/'), content));
		expect(server.requests.slice(count).map(entry => entry.path)).toEqual(['/feeds/rss-full.xml']);
	});

	test('a page that links to no feed is tried at the common feed paths of its site', async () => {
		const content = makeContent({});
		server.route('/plain-blog/', serveFixture('blog-no-link.html'));
		const unroute = server.route('/rss.xml', serveFixture('atom.xml'));
		const report = await syncFeed(request(server.url('/plain-blog/'), content));
		unroute();
		expect(report.due && report.feedUrl).toBe(server.url('/rss.xml'));
		expect(postsIn(content)).toEqual(['ankle-sprains.md']);
	});

	test.each([
		['/broken', 'the server answered 500'],
		['/busy', 'the server answered 429'],
		['/feeds/truncated.xml', 'not a feed'],
		['/feeds/blog-no-link.html', 'a web page that names no feed'],
		['/empty', 'not a feed'],
		['/gzip-bomb', 'larger than the 5 MB'],
	])('%s: exit with an error, every post as it was', async (route, message) => {
		const content = makeContent({'hand.md': postText({title: 'Hand', date: '2026-01-01'})});
		await syncFeed(request(server.url('/feeds/rss-full.xml'), content));
		const before = snapshot(path.join(content, 'posts'));
		await expect(syncFeed(request(server.url(route), content))).rejects.toThrow(message);
		expect(snapshot(path.join(content, 'posts'))).toEqual(before);
	});

	test('failures back off (1 h, 2 h …), Retry-After is kept, and --if-due waits for them; a success clears them', async () => {
		const content = makeContent({});
		let now = new Date('2026-12-03T10:00:00Z');
		const at = (overrides: Partial<SyncRequest> = {}) => request(server.url('/broken'), content, {now: () => now, ...overrides});
		await expect(syncFeed(at())).rejects.toThrow('500');
		expect(readSyncState(syncStateFile(content))).toMatchObject({failures: 1, nextAllowed: '2026-12-03T11:00:00.000Z'});
		now = new Date('2026-12-03T10:30:00Z');
		expect(await syncFeed(at({ifDue: true}))).toEqual({due: false, dueAt: '2026-12-03T11:00:00.000Z'});
		now = new Date('2026-12-03T11:00:00Z');
		await expect(syncFeed(at({ifDue: true}))).rejects.toThrow('500');
		expect(readSyncState(syncStateFile(content))).toMatchObject({failures: 2, nextAllowed: '2026-12-03T13:00:00.000Z'});
		await expect(syncFeed(at({url: server.url('/busy')}))).rejects.toThrow('429');
		expect(readSyncState(syncStateFile(content))).toMatchObject({failures: 3, nextAllowed: '2026-12-03T11:02:00.000Z'});
		now = new Date('2026-12-03T11:20:00Z');
		await syncFeed(at({url: server.url('/feeds/rss-full.xml'), ifDue: true}));
		const state = readSyncState(syncStateFile(content));
		expect(state).toMatchObject({failures: 0, lastSuccess: '2026-12-03T11:20:00.000Z'});
		expect(state.nextAllowed).toBeUndefined();
		now = new Date('2026-12-03T11:30:00Z');
		expect(await syncFeed(at({url: server.url('/feeds/rss-full.xml'), ifDue: true}))).toEqual({due: false, dueAt: '2026-12-03T11:35:00.000Z'});
	});

	test('--dry-run plans but writes nothing, not even the state', async () => {
		const content = makeContent({}, clinicYaml);
		const before = snapshot(content);
		const report = await syncFeed(request(server.url('/feeds/rss-full.xml'), content, {dryRun: true}));
		expect(report.due && report.entries.map(entry => entry.action)).toEqual(['new', 'new']);
		expect(snapshot(content)).toEqual(before);
	});

	test('a deleted state file is safe: the next sync asks unconditionally and rewrites nothing that is the same', async () => {
		const content = makeContent({});
		await syncFeed(request(server.url('/feeds/rss-full.xml'), content));
		const before = snapshot(path.join(content, 'posts'));
		writeFileSync(syncStateFile(content), 'not json');
		const report = await syncFeed(request(server.url('/feeds/rss-full.xml'), content, {now: () => new Date('2026-12-04T10:00:00Z')}));
		expect(server.requests.at(-1)!.headers['if-none-match']).toBeUndefined();
		expect(report.due && report.entries.map(entry => entry.action)).toEqual(['unchanged', 'unchanged']);
		expect(snapshot(path.join(content, 'posts'))).toEqual(before);
	});
});
