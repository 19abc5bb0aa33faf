import {EventEmitter} from 'node:events';
import {type FSWatcher, mkdirSync, renameSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {afterEach, expect, test} from 'vitest';
import {createContentLoader} from '../../../source/core/kiosk/content-reload.js';
import {createContentFeed} from '../../../source/core/kiosk/content-watch.js';
import {makeContent, postText} from '../../helpers/content.js';

const clinic = {name: 'C', phone: '1', city: 'X', booking: 'Y'};
let stop: (() => void) | undefined;
afterEach(() => {
	stop?.();
	stop = undefined;
});

async function until(check: () => boolean, timeout = 5000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		await delay(20);
	}
}

test('the folder watcher reloads on a change, through an atomic rename-save, and after the posts folder is replaced', async () => {
	const directory = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
	// A rescan an hour away: only the watcher can deliver these changes in time.
	const feed = createContentFeed(createContentLoader(directory, clinic), {debounceMs: 50, rescanMs: 3_600_000});
	let notified = 0;
	stop = feed.subscribe(() => {
		notified++;
	});
	const titles = () => feed.getSnapshot().posts.map(post => post.title).join(',');
	expect(titles()).toBe('Alpha');

	const posts = path.join(directory, 'posts');
	writeFileSync(path.join(posts, 'b.md'), postText({title: 'Beta', date: '2026-01-02'}));
	await until(() => titles() === 'Beta,Alpha');

	writeFileSync(path.join(posts, '.a.md.tmp'), postText({title: 'Alpha saved', date: '2026-01-01'}));
	renameSync(path.join(posts, '.a.md.tmp'), path.join(posts, 'a.md'));
	await until(() => titles() === 'Beta,Alpha saved');

	// git checkout or rsync may replace the whole folder: the old watcher would be deaf to the new one.
	renameSync(posts, `${posts}-old`);
	mkdirSync(posts);
	writeFileSync(path.join(posts, 'c.md'), postText({title: 'Gamma', date: '2026-01-03'}));
	await until(() => titles() === 'Gamma');
	writeFileSync(path.join(posts, 'd.md'), postText({title: 'Delta', date: '2026-01-04'}));
	await until(() => titles() === 'Delta,Gamma');
	expect(notified).toBeGreaterThanOrEqual(4);
});

test('the rescan catches what no watcher reported, such as a folder that was missing at start', async () => {
	const directory = makeContent({});
	rmSync(path.join(directory, 'posts'), {recursive: true});
	const feed = createContentFeed(createContentLoader(directory, clinic), {debounceMs: 10, rescanMs: 100, watch() {
		throw new Error('watching is not possible here');
	}});
	stop = feed.subscribe(() => undefined);
	expect(feed.getSnapshot().missing).toBe(true);
	mkdirSync(path.join(directory, 'posts'));
	writeFileSync(path.join(directory, 'posts', 'a.md'), postText({title: 'Alpha', date: '2026-01-01'}));
	await until(() => feed.getSnapshot().posts.length === 1);
	expect(feed.getSnapshot().missing).toBe(false);
});

test('a change between the first load and the first subscriber is seen at once, not at the next rescan', () => {
	const directory = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})});
	const feed = createContentFeed(createContentLoader(directory, clinic), {rescanMs: 3_600_000, watch: () => {
		throw new Error('no watching here: only the check on subscribing can see it');
	}});
	// React subscribes after the first frame is drawn; a post saved in between must not wait an hour.
	writeFileSync(path.join(directory, 'posts', 'b.md'), postText({title: 'Beta', date: '2026-01-02'}));
	let notified = 0;
	stop = feed.subscribe(() => {
		notified++;
	});
	expect({titles: feed.getSnapshot().posts.map(post => post.title), notified}).toEqual({titles: ['Beta', 'Alpha'], notified: 1});
});

test('a watcher that misses an edit in place: the rescans still find it', async () => {
	const names = Array.from({length: 20}, (_, number) => `post-${number}.md`);
	const directory = makeContent(Object.fromEntries(names.map((name, number) => [name, postText({title: `Post ${number}`, date: '2026-01-01'})])));
	const posts = path.join(directory, 'posts');
	const old = new Date(Date.now() - 600_000);
	utimesSync(posts, old, old);
	// Every folder is "watched" by a watcher that never reports anything.
	const feed = createContentFeed(createContentLoader(directory, clinic), {debounceMs: 10, rescanMs: 20, watch: () => Object.assign(new EventEmitter(), {close() {}}) as unknown as FSWatcher});
	stop = feed.subscribe(() => undefined);
	writeFileSync(path.join(posts, 'post-7.md'), postText({title: 'Post 7, edited', date: '2026-01-01'}));
	utimesSync(posts, old, old);
	await until(() => feed.getSnapshot().posts.some(post => post.title === 'Post 7, edited'));
});
