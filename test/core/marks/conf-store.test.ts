import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createConfStore} from '../../../source/core/marks/conf-store.js';
import {temporaryDirectory} from '../../helpers/content.js';

function open(directory: string) {
	const warnings: string[] = [];
	const store = createConfStore(directory, message => warnings.push(message));
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

	test('an unusable folder keeps marks in memory with one warning', () => {
		const file = path.join(temporaryDirectory(), 'a-file');
		writeFileSync(file, 'x');
		// A folder under a regular file fails even for root, unlike chmod.
		const {store, warnings} = open(path.join(file, 'config'));
		store.setRead(['a'], true);
		store.setRead(['b'], true);
		expect([store.isRead('a'), store.isRead('b')]).toEqual([true, true]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/ENOTDIR.*read marks last only until you quit/);
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
			const store = createConfStore(${JSON.stringify(directory)}, message => { console.error(message); process.exitCode = 1; });
			for (let index = 0; index < 60; index++) store.setRead(['${name}-' + index], true);
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
