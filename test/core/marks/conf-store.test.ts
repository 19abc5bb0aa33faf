import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createConfStore} from '../../../source/core/marks/conf-store.js';
import {temporaryDirectory} from '../../helpers/content.js';
import {lockOwner} from '../../helpers/lock.js';

function open(directory: string) {
	const warnings: string[] = [];
	const store = createConfStore(directory, message => warnings.push(message), lockOwner);
	return {store, warnings};
}

describe('createConfStore', () => {
	test('marks survive a new process (a new store on the same folder)', () => {
		const directory = temporaryDirectory();
		open(directory).store.setRead(['a', 'b'], true);
		open(directory).store.setRead(['b'], false);
		const {store, warnings} = open(directory);
		expect([store.isRead('a'), store.isRead('b')]).toEqual([true, false]);
		expect(warnings).toEqual([]);
	});

	test('slugs with dots are stored flat, not nested', () => {
		const directory = temporaryDirectory();
		open(directory).store.setRead(['back-pain.v2'], true);
		const saved = JSON.parse(readFileSync(path.join(directory, 'config.json'), 'utf8')) as {read: Record<string, string>};
		expect(Object.keys(saved.read)).toEqual(['back-pain.v2']);
	});

	test.each([['empty', ''], ['truncated', '{"read": {"a": "20'], ['not JSON', 'hello'], ['wrong shape', '{"read": ["a"]}']])('a %s file is moved aside, named, and replaced by a fresh start', (_name, text) => {
		const directory = temporaryDirectory();
		writeFileSync(path.join(directory, 'config.json'), text);
		const {store, warnings} = open(directory);
		expect(store.isRead('a')).toBe(false);
		const backups = readdirSync(directory).filter(name => name.startsWith('config.json.corrupt-'));
		expect(backups).toHaveLength(1);
		expect(readFileSync(path.join(directory, backups[0]!), 'utf8')).toBe(text);
		expect(warnings).toEqual([expect.stringMatching(/config\.json was not valid read state; moved it to .*config\.json\.corrupt-.* and started fresh$/)]);
		store.setRead(['a'], true);
		expect(open(directory).store.isRead('a')).toBe(true);
	});

	test('an unusable folder: every save says why, and the marks stay in memory for this run', () => {
		const file = path.join(temporaryDirectory(), 'a-file');
		writeFileSync(file, 'x');
		// A folder under a regular file fails even for root, unlike chmod.
		const {store, warnings} = open(path.join(file, 'config'));
		expect(store.setRead(['a'], true)).toEqual({saved: false, reason: 'a file is in the way of the folder (ENOTDIR)'});
		expect(store.setRead(['b'], true).saved).toBe(false);
		expect([store.isRead('a'), store.isRead('b')]).toEqual([true, true]);
		expect(store.unsavedReason()).toMatch(/ENOTDIR/);
		expect(warnings).toEqual([]);
	});

	test('config.json that is a folder fails the save, and nothing is written', () => {
		const directory = temporaryDirectory();
		mkdirSync(path.join(directory, 'config.json'));
		const {store} = open(directory);
		expect(store.setRead(['a'], true)).toEqual({saved: false, reason: 'config.json is a folder, not a file (EISDIR)'});
		expect(readdirSync(directory)).toEqual(['config.json']);
	});

	test('a file with a UTF-8 byte-order mark is valid read state', () => {
		const directory = temporaryDirectory();
		writeFileSync(path.join(directory, 'config.json'), '\uFEFF{"read": {"a": "2026-01-01T00:00:00.000Z"}}');
		const {store, warnings} = open(directory);
		expect(store.isRead('a')).toBe(true);
		expect(store.setRead(['b'], true)).toEqual({saved: true});
		expect([open(directory).store.isRead('a'), open(directory).store.isRead('b')]).toEqual([true, true]);
		expect(warnings).toEqual([]);
	});

	test('other per-slug data lives beside the marks, merged under the same lock', () => {
		const directory = temporaryDirectory();
		const first = open(directory).store;
		const second = open(directory).store;
		expect(first.update('positions', positions => {
			positions['a'] = 0.44;
		})).toEqual({saved: true});
		second.setRead(['b'], true);
		second.update('positions', positions => {
			positions['c'] = 0.1;
		});
		const reopened = open(directory).store;
		expect(reopened.data('positions')).toEqual({a: 0.44, c: 0.1});
		expect(reopened.isRead('b')).toBe(true);
		expect(reopened.data('nothing-here')).toEqual({});
	});

	test('marks made meanwhile by another process are kept', () => {
		const directory = temporaryDirectory();
		const first = open(directory).store;
		const second = open(directory).store;
		first.setRead(['a'], true);
		second.setRead(['b'], true);
		const reopened = open(directory).store;
		expect([reopened.isRead('a'), reopened.isRead('b')]).toEqual([true, true]);
	});

	test('leaves no temporary files behind', () => {
		const directory = temporaryDirectory();
		mkdirSync(directory, {recursive: true});
		open(directory).store.setRead(['a'], true);
		expect(readdirSync(directory)).toEqual(['config.json']);
		expect(existsSync(path.join(directory, 'config.json'))).toBe(true);
	});
});

describe('two processes at once', () => {
	test('both keep every mark they made (real child processes)', async () => {
		const {spawn} = await import('node:child_process');
		const {build} = await import('esbuild');
		const directory = temporaryDirectory();
		// The store alone, bundled for plain node children (dist/ holds only the CLI's bundle).
		const moduleFile = path.join(temporaryDirectory(), 'read-state.mjs');
		await build({entryPoints: [new URL('../../../source/core/marks/conf-store.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'node', outfile: moduleFile, logLevel: 'error', banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"}});
		const moduleUrl = `file://${moduleFile}`;
		const worker = (name: string) => `
			const {createConfStore} = await import(${JSON.stringify(moduleUrl)});
			const owner = {pid: process.pid, isAlive: pid => { try { process.kill(pid, 0); return true; } catch { return false; } }};
			const store = createConfStore(${JSON.stringify(directory)}, message => { console.error(message); process.exitCode = 1; }, owner);
			for (let index = 0; index < 60; index++) if (!store.setRead(['${name}-' + index], true).saved) process.exitCode = 1;
		`;
		const run = (name: string) => new Promise<number | null>(resolve => {
			const child = spawn(process.execPath, ['--input-type=module', '-e', worker(name)], {stdio: 'inherit'});
			child.on('exit', resolve);
		});
		expect(await Promise.all([run('a'), run('b'), run('c')])).toEqual([0, 0, 0]);
		const {store} = open(directory);
		const missing = ['a', 'b', 'c'].flatMap(name => Array.from({length: 60}, (_, index) => `${name}-${index}`)).filter(slug => !store.isRead(slug));
		expect(missing).toEqual([]);
		expect(readdirSync(directory)).toEqual(['config.json']);
	});
});
