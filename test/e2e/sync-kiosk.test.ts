import {cpSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {root, runCliAsync} from '../helpers/cli.js';
import {temporaryDirectory} from '../helpers/content.js';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';
import {spawnScreen} from '../helpers/pty.js';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => server.close());

describe('sync beside a running kiosk', () => {
	test('the kiosk reports the last sync in its status file and shows a post that sync adds while it runs', async () => {
		const content = temporaryDirectory('clinic-read-sync-kiosk-');
		cpSync(path.join(root, 'content'), content, {recursive: true});
		expect((await runCliAsync(['sync', server.url('/feeds/atom.xml'), '--content', content])).status).toBe(0);
		const {lastSuccess} = JSON.parse(readFileSync(path.join(content, '.sync-state.json'), 'utf8')) as {lastSuccess: string};

		const statusFile = path.join(temporaryDirectory('clinic-read-status-'), 'status.json');
		const screen = spawnScreen(['kiosk', '--content', content, '--min-seconds', '1', '--max-seconds', '1', '--status-file', statusFile]);
		await screen.waitFor('1 / 12');
		expect(JSON.parse(readFileSync(statusFile, 'utf8'))).toMatchObject({lastSync: lastSuccess, postsLoaded: 12});

		const synced = await runCliAsync(['sync', server.url('/feeds/feed.json'), '--content', content]);
		expect(synced).toMatchObject({status: 0, stdout: 'sync: 2 new, 0 updated, 0 unchanged — 200 OK\n'});
		await screen.waitFor('/ 14', 15_000);
		await screen.waitFor('Jordan Fox', 30_000);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	}, 90_000);

	test('on the bundled posts, the kiosk shows what sync brings into the data folder, and reports that sync', async () => {
		const env = {XDG_DATA_HOME: temporaryDirectory('clinic-read-kiosk-data-')};
		const statusFile = path.join(temporaryDirectory('clinic-read-status-'), 'status.json');
		const screen = spawnScreen(['kiosk', '--min-seconds', '1', '--max-seconds', '1', '--status-file', statusFile], {env});
		await screen.waitFor('1 / 11');
		expect((await runCliAsync(['sync', server.url('/feeds/atom.xml')], {env})).status).toBe(0);
		await screen.waitFor('/ 12', 45_000);
		const {lastSuccess} = JSON.parse(readFileSync(path.join(env.XDG_DATA_HOME, 'clinic-read', '.sync-state.json'), 'utf8')) as {lastSuccess: string};
		await expect.poll(() => (JSON.parse(readFileSync(statusFile, 'utf8')) as {lastSync: string | null}).lastSync, {timeout: 75_000, interval: 500}).toBe(lastSuccess);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	}, 120_000);
});
