import {mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openPostIndex} from '../../../source/core/content/post-index.js';
import {createContentLoader} from '../../../source/core/kiosk/content-reload.js';
import {makeContent, postText, temporaryDirectory} from '../../helpers/content.js';

const clinic = {name: 'Fallback Clinic', phone: '905-555-0199', city: 'Nowhere', booking: 'Call'};
const post = (title: string, date = '2026-01-01', body = 'Some text.') => postText({title, date}, body);

function setup() {
	const directory = makeContent({'a.md': post('Alpha', '2026-01-02'), 'b.md': post('Beta')});
	const loader = createContentLoader(directory, clinic);
	const file = (name: string) => path.join(directory, 'posts', name);
	const titles = () => loader.current().posts.map(entry => entry.title);
	return {directory, loader, file, titles};
}

describe('createContentLoader', () => {
	test('loads, then reloads only when something changed', () => {
		const {loader, titles, file} = setup();
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Alpha', 'Beta']);
		expect(loader.current().clinic.name).toBe('Test Clinic');
		const state = loader.current();
		expect(loader.refresh()).toBe(false);
		expect(loader.current()).toBe(state);

		writeFileSync(file('c.md'), post('Gamma', '2026-02-01'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Gamma', 'Alpha', 'Beta']);
		expect(loader.current().version).toBe(state.version + 1);
	});

	test('an edited post changes; a broken one keeps its last good version; a removed one goes', () => {
		const {loader, titles, file} = setup();
		loader.refresh();
		writeFileSync(file('b.md'), post('Beta, revised'));
		loader.refresh();
		expect(titles()).toEqual(['Alpha', 'Beta, revised']);

		writeFileSync(file('b.md'), '---\ntitle: [unclosed\n---\nhalf a save');
		loader.refresh();
		expect(titles()).toEqual(['Alpha', 'Beta, revised']);
		expect(loader.current().problems).toEqual([expect.stringMatching(/b\.md: broken front matter/)]);
		expect(loader.current().lastError).toMatch(/b\.md: broken front matter/);

		rmSync(file('b.md'));
		loader.refresh();
		expect(titles()).toEqual(['Alpha']);
		expect(loader.current().problems).toEqual([]);
		expect(loader.current().lastError).toMatch(/b\.md/);
	});

	test('a post broken from the start is not shown and is reported', () => {
		const directory = makeContent({'a.md': post('Alpha'), 'z.md': 'no front matter'});
		const loader = createContentLoader(directory, clinic);
		loader.refresh();
		expect(loader.current().posts.map(entry => entry.slug)).toEqual(['a']);
		expect(loader.current().problems).toHaveLength(1);
	});

	test('a missing folder is standby with the clinic it had; it recovers when the folder comes back', () => {
		const {directory, loader, titles} = setup();
		loader.refresh();
		const posts = path.join(directory, 'posts');
		renameSync(posts, `${posts}-moved`);
		expect(loader.refresh()).toBe(true);
		expect({missing: loader.current().missing, titles: titles(), clinic: loader.current().clinic.name}).toEqual({missing: true, titles: [], clinic: 'Test Clinic'});
		mkdirSync(posts);
		writeFileSync(path.join(posts, 'new.md'), post('Back again'));
		loader.refresh();
		expect({missing: loader.current().missing, titles: titles()}).toEqual({missing: false, titles: ['Back again']});
	});

	test('a broken clinic.yml keeps the last good clinic; an unknown time zone is a warning and the system zone', () => {
		const {directory, loader} = setup();
		loader.refresh();
		writeFileSync(path.join(directory, 'clinic.yml'), 'name: [broken');
		loader.refresh();
		expect(loader.current().clinic.name).toBe('Test Clinic');
		expect(loader.current().problems.at(-1)).toMatch(/clinic\.yml/);
		writeFileSync(path.join(directory, 'clinic.yml'), 'name: Other\nphone: 905-270-3086\ncity: X\nbooking: Y\ntimezone: Mars/Olympus\n');
		loader.refresh();
		expect(loader.current().clinic).toMatchObject({name: 'Other', timezone: new Intl.DateTimeFormat().resolvedOptions().timeZone});
		expect(loader.current().problems.at(-1)).toMatch(/unknown timezone "Mars\/Olympus".*using the system's zone/);
		writeFileSync(path.join(directory, 'clinic.yml'), 'name: Other\nphone: 905-270-3086\ncity: X\nbooking: Y\ntimezone: Europe/Paris\n');
		loader.refresh();
		expect(loader.current().clinic).toMatchObject({name: 'Other', timezone: 'Europe/Paris'});
	});
});

describe('createContentLoader with a synced folder', () => {
	test('shows the synced posts beside its own, from the moment sync creates the folder, and follows them', () => {
		const directory = makeContent({'a.md': post('Alpha', '2026-01-02')});
		const synced = temporaryDirectory();
		const loader = createContentLoader(directory, clinic, synced);
		const titles = () => loader.current().posts.map(entry => entry.title);
		expect(loader.folders).toContain(path.join(synced, 'posts'));
		expect(loader.refresh()).toBe(true);
		// No synced folder yet is the normal first day, not a problem to report.
		expect({titles: titles(), problems: loader.current().problems}).toEqual({titles: ['Alpha'], problems: []});

		mkdirSync(path.join(synced, 'posts'));
		writeFileSync(path.join(synced, 'posts', 'from-the-web.md'), post('From the web', '2026-02-01'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['From the web', 'Alpha']);

		// A synced post may not take a bundled post's slug (and with it its read mark).
		writeFileSync(path.join(synced, 'posts', 'a.md'), post('Impostor', '2026-03-01'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['From the web', 'Alpha']);
		expect(loader.current().problems.join('\n')).toMatch(/slug "a" is already used/);

		rmSync(path.join(synced, 'posts'), {recursive: true});
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Alpha']);
	});
});

describe('createContentLoader through the catalogue index', () => {
	/** A content folder written ten minutes ago (so the index vouches for its files), read through an index file. */
	function indexedSetup() {
		const directory = makeContent({'a.md': post('Alpha', '2026-01-02'), 'b.md': post('Beta')});
		const posts = path.join(directory, 'posts');
		const old = new Date(Date.now() - 600_000);
		for (const name of ['a.md', 'b.md', '.']) {
			utimesSync(path.join(posts, name), old, old);
		}

		const indexFolder = temporaryDirectory();
		const opened: string[] = [];
		const openIndex = (folder: string) => {
			opened.push(folder);
			return openPostIndex(path.join(indexFolder, `${path.basename(folder)}.json`), () => Date.now() + 60_000);
		};

		const loader = createContentLoader(directory, clinic, undefined, openIndex);
		const file = (name: string) => path.join(posts, name);
		const titles = () => loader.current().posts.map(entry => entry.title);
		/** New text written into the file, with its old size and time put back: only the inode tells a rename-save. */
		const sameStamp = (name: string, text: string) => {
			const {mtime} = statSync(file(name));
			writeFileSync(file(name), text);
			utimesSync(file(name), mtime, mtime);
			utimesSync(posts, old, old);
		};

		return {directory, loader, openIndex, opened, file, titles, sameStamp};
	}

	test('a second kiosk starts from the index: an unchanged file is not parsed again', () => {
		const {directory, loader, openIndex, titles, sameStamp} = indexedSetup();
		loader.refresh();
		expect(titles()).toEqual(['Alpha', 'Beta']);
		// Same size and time: the index's word is taken, so the title stays what the index holds.
		sameStamp('b.md', post('Bxta'));
		const second = createContentLoader(directory, clinic, undefined, openIndex);
		second.refresh();
		expect(second.current().posts.map(entry => entry.title)).toEqual(['Alpha', 'Beta']);
	});

	test('an edited, an added and a removed post show; a rename-save with the same size and time is read again', () => {
		const {loader, file, titles} = indexedSetup();
		loader.refresh();
		writeFileSync(file('b.md'), post('Beta, revised'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Alpha', 'Beta, revised']);

		writeFileSync(file('c.md'), post('Gamma', '2026-02-01'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Gamma', 'Alpha', 'Beta, revised']);

		rmSync(file('c.md'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Alpha', 'Beta, revised']);

		writeFileSync(file('.a.md.swp'), post('Alpho', '2026-01-02'));
		const {mtime} = statSync(file('a.md'));
		utimesSync(file('.a.md.swp'), mtime, mtime);
		renameSync(file('.a.md.swp'), file('a.md'));
		expect(loader.refresh()).toBe(true);
		expect(titles()).toEqual(['Alpho', 'Beta, revised']);
	});

	test('a refresh that finds nothing changed opens no index; a notice or clinic.yml change reloads only itself', () => {
		const {directory, loader, opened} = indexedSetup();
		loader.refresh();
		const {posts} = loader.current();
		const loads = opened.length;
		expect(loader.refresh()).toBe(false);
		expect(loader.refresh(new Set(loader.folders))).toBe(false);
		expect(opened).toHaveLength(loads);

		mkdirSync(path.join(directory, 'notices'));
		writeFileSync(path.join(directory, 'notices', 'closed.md'), '---\ntitle: Closed Friday\npriority: urgent\n---\nSorry.\n');
		expect(loader.refresh()).toBe(true);
		writeFileSync(path.join(directory, 'clinic.yml'), 'name: Renamed Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Book online\n');
		expect(loader.refresh()).toBe(true);
		expect({notices: loader.current().notices.map(notice => notice.title), clinic: loader.current().clinic.name}).toEqual({notices: ['Closed Friday'], clinic: 'Renamed Clinic'});
		expect(loader.current().posts).toBe(posts);
		expect(opened).toHaveLength(loads);
	});

	test('a corrupted index is ignored and rebuilt', () => {
		const {directory} = indexedSetup();
		const broken = temporaryDirectory();
		writeFileSync(path.join(broken, 'posts.json'), 'clinic-read index 4\n{"savedAt": "garbage');
		const loader = createContentLoader(directory, clinic, undefined, () => openPostIndex(path.join(broken, 'posts.json')));
		loader.refresh();
		expect(loader.current().posts.map(entry => entry.title)).toEqual(['Alpha', 'Beta']);
		expect(readFileSync(path.join(broken, 'posts.json'), 'utf8')).toMatch(/^clinic-read index 4\n/);
	});
});
