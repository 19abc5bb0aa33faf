import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {runCliAsync} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => server.close());

function files(directory: string): string[] {
	return existsSync(directory) ? readdirSync(directory, {recursive: true, encoding: 'utf8'}).sort() : [];
}

describe('clinic-read sync', () => {
	test('writes the posts, prints one summary line, and a second run is one conditional request', async () => {
		const content = makeContent({});
		const first = await runCliAsync(['sync', server.url('/feeds/rss-full.xml'), '--content', content]);
		expect(first).toEqual({status: 0, stdout: 'sync: 2 new, 0 updated, 0 unchanged — 200 OK\n', stderr: ''});
		const second = await runCliAsync(['sync', server.url('/feeds/rss-full.xml'), '--content', content]);
		expect(second).toEqual({status: 0, stdout: 'sync: 0 new, 0 updated, 2 unchanged — 304 Not Modified\n', stderr: ''});
		expect(server.requests.at(-1)!.headers['user-agent']).toMatch(/^clinic-read\/\d+\.\d+\.\d+ \(feed sync\)$/);
		expect(await runCliAsync(['check', '--content', content])).toMatchObject({status: 0, stdout: 'check: 2 posts, 0 errors, 0 warnings\n'});
		const list = await runCliAsync(['list', '--content', content]);
		expect(list.stdout).toContain('Knee Pain After Running: What Helps');
	});

	test('takes feed: from clinic.yml when no address is given, and reports a permanent move', async () => {
		const content = makeContent({}, `name: Test Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Book online\nfeed: ${server.url('/moved')}\n`);
		const result = await runCliAsync(['sync', '--content', content]);
		expect(result).toEqual({
			status: 0,
			stdout: 'sync: 2 new, 0 updated, 0 unchanged — 200 OK\n',
			stderr: `clinic-read: warning: ${server.url('/moved')} has moved for good to ${server.url('/feeds/rss-full.xml')}; put the new address in clinic.yml (feed:)\n`,
		});
	});

	test('--json for scripts', async () => {
		const content = makeContent({'knee-pain.md': postText({title: 'Knee pain', date: '2026-01-01'})});
		const result = await runCliAsync(['sync', server.url('/feeds/collision.xml'), '--content', content, '--json']);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe(`clinic-read: warning: ${path.join(content, 'posts', 'knee-pain.md')} is written by hand; the feed's "Knee Pain" was not synced over it\n`);
		const report = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(report).toMatchObject({due: true, dryRun: false, status: 200, new: 2, updated: 0, unchanged: 0, skipped: 1, movedTo: null});
		expect((report['posts'] as Array<{slug: string}>).map(post => post.slug)).toEqual(['knee-pain', 'back-pain', 'back-pain-2']);
	});

	test('--dry-run shows the plan and writes nothing', async () => {
		const content = makeContent({});
		const before = files(content);
		const result = await runCliAsync(['sync', server.url('/feeds/rss-full.xml'), '--content', content, '--dry-run']);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe([
			`new       ${path.join(content, 'posts', 'knee-pain-after-running.md')}  Knee Pain After Running: What Helps`,
			`new       ${path.join(content, 'posts', 'desk-posture.md')}  Desk Posture & Neck Pain`,
			'sync (dry run, nothing written): 2 new, 0 updated, 0 unchanged — 200 OK',
			'',
		].join('\n'));
		expect(files(content)).toEqual(before);
	});

	test.each([
		['/broken', (url: string) => `clinic-read: ${url}: the server answered 500 Internal Server Error; the website has a problem; try again later\n`],
		['/feeds/truncated.xml', (url: string) => `clinic-read: ${url}: not a feed (Invalid feed format; RSS, Atom, RDF and JSON Feed are understood); check the address\n`],
	])('%s: exit 1 with one line naming the address, no post touched', async (route, message) => {
		const content = makeContent({});
		const result = await runCliAsync(['sync', server.url(route), '--content', content]);
		expect(result).toEqual({status: 1, stdout: '', stderr: message(server.url(route))});
		expect(files(path.join(content, 'posts'))).toEqual([]);
	});

	test('a host other than 127.0.0.1 is refused in tests, as a one-line error', async () => {
		const content = makeContent({});
		const result = await runCliAsync(['sync', 'http://clinic.example/feed', '--content', content]);
		expect(result).toEqual({status: 1, stdout: '', stderr: 'clinic-read: cannot reach http://clinic.example/feed (TEST_HOST_REFUSED); check the address and the network\n'});
	});

	test.each([
		[['sync', 'ftp://x.example/feed'], 'clinic-read: "ftp://x.example/feed" is not a web address; sync takes an http:// or https:// feed or blog page'],
		[['sync', 'not a url'], 'clinic-read: "not a url" is not a web address; sync takes an http:// or https:// feed or blog page'],
		[['sync', 'http://a.example/', 'http://b.example/'], 'clinic-read: sync takes one web address at most; put the content folder in --content'],
		[['sync', '--bogus'], 'clinic-read: unknown flag "--bogus"; see "clinic-read sync --help"'],
	])('%j: usage error, exit 2', async (args, message) => {
		const content = makeContent({});
		expect(await runCliAsync([...args, '--content', content])).toEqual({status: 2, stdout: '', stderr: `${message}\n`});
	});

	test('no address and no feed: in clinic.yml is a usage error that says where to put one', async () => {
		const content = makeContent({});
		expect(await runCliAsync(['sync', '--content', content])).toEqual({status: 2, stdout: '', stderr: `clinic-read: sync needs the clinic's feed: give its address (clinic-read sync https://…) or add "feed:" to ${path.join(content, 'clinic.yml')}\n`});
	});

	test('--if-due right after a sync asks nothing', async () => {
		const content = makeContent({});
		await runCliAsync(['sync', server.url('/feeds/atom.xml'), '--content', content]);
		const count = server.requests.length;
		const result = await runCliAsync(['sync', server.url('/feeds/atom.xml'), '--content', content, '--if-due']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^sync: not due until \d{4}-\d\d-\d\dT[\d:.]+Z \(the last attempt was recent, or the server asked to wait\); nothing fetched\n$/);
		expect(server.requests.length).toBe(count);
	});

	test('without --content, posts go to the data folder and the default catalogue lists them beside the bundled ones', async () => {
		const data = temporaryDirectory('clinic-read-data-');
		const env = {XDG_DATA_HOME: data, CLINIC_READ_CONTENT: undefined};
		const result = await runCliAsync(['sync', server.url('/feeds/atom.xml')], {env});
		expect(result).toMatchObject({status: 0, stdout: 'sync: 1 new, 0 updated, 0 unchanged — 200 OK\n'});
		expect(readdirSync(path.join(data, 'clinic-read', 'posts'))).toEqual(['ankle-sprains.md']);
		const list = await runCliAsync(['list', '--json'], {env});
		const slugs = (JSON.parse(list.stdout) as Array<{slug: string}>).map(post => post.slug);
		expect(slugs).toHaveLength(12);
		expect(slugs[0]).toBe('ankle-sprains');
		expect(readFileSync(path.join(data, 'clinic-read', 'posts', 'ankle-sprains.md'), 'utf8')).toContain('title: "Ankle Sprains: Back on Your Feet"');
	});

	test('a synced slug that a bundled post has is reported and left out', async () => {
		const data = temporaryDirectory('clinic-read-data-');
		const env = {XDG_DATA_HOME: data, CLINIC_READ_CONTENT: undefined};
		server.route('/gait', (_request, response) => {
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.end('<rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description><item><title>Gait</title><link>http://127.0.0.1/blog/gait-training</link><guid>g1</guid><description>x</description></item></channel></rss>');
		});
		expect(await runCliAsync(['sync', server.url('/gait')], {env})).toMatchObject({status: 0, stderr: ''});
		const list = await runCliAsync(['list'], {env});
		expect(list.stderr).toBe(`clinic-read: warning: ${path.join(data, 'clinic-read', 'posts', 'gait-training.md')}: slug "gait-training" is already used by the bundled post ${path.join(process.cwd(), 'content', 'posts', 'gait-training.md')}; not shown (rename one of them)\n`);
	});
});
