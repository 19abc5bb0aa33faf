import {readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {clinicYaml, makeContent, postText, temporaryDirectory} from '../helpers/content.js';

/** Each kept article is one file under the cache folder's articles/. */
function keptFiles(cache: string): string[] {
	const folder = path.join(cache, 'clinic-read', 'articles');
	return readdirSync(folder).map(name => path.join(folder, name));
}

/** Put `text` in place of what each kept article says, keeping its key: what a later run prints if it reads the cache. */
function plant(cache: string, text: string): void {
	for (const file of keptFiles(cache)) {
		const entry = JSON.parse(readFileSync(file, 'utf8')) as {key: string; warnings: string[]};
		writeFileSync(file, JSON.stringify({...entry, text}));
	}
}

describe('read keeps each rendered article in the cache folder', () => {
	test('a second read prints the kept text, the same bytes as the first', () => {
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'}, 'First words.')});
		const env = {XDG_CACHE_HOME: temporaryDirectory()};
		const first = runCli(['read', 'a', '--content', content], {env});
		expect(first.stdout).toContain('First words.');
		expect(runCli(['read', 'a', '--content', content], {env}).stdout).toBe(first.stdout);
		plant(env.XDG_CACHE_HOME, 'From the cache.\n');
		expect(runCli(['read', 'a', '--content', content], {env}).stdout).toBe('From the cache.\n');
	});

	test('an edited post, a changed clinic.yml or another width is rendered again', () => {
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'}, 'First words.')});
		const env = {XDG_CACHE_HOME: temporaryDirectory()};
		const read = (...extra: string[]) => runCli(['read', 'a', '--content', content, ...extra], {env}).stdout;
		read();
		plant(env.XDG_CACHE_HOME, 'Stale.\n');
		writeFileSync(path.join(content, 'posts', 'a.md'), postText({title: 'Alpha', date: '2026-01-01'}, 'Second words.'));
		utimesSync(path.join(content, 'posts', 'a.md'), new Date(), new Date(Date.now() + 5000));
		expect(read()).toContain('Second words.');
		plant(env.XDG_CACHE_HOME, 'Stale.\n');
		writeFileSync(path.join(content, 'clinic.yml'), clinicYaml.replace('Test Clinic', 'Other Clinic'));
		expect(read()).toContain('Other Clinic');
		plant(env.XDG_CACHE_HOME, 'Stale.\n');
		expect(read('--width', '40')).toContain('Second words.');
	});

	test('a tampered article puts no escape on the terminal: plain text is cleaned, styled text rendered again', () => {
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'}, 'First words.')});
		const env = {XDG_CACHE_HOME: temporaryDirectory()};
		const plain = runCli(['read', 'a', '--content', content], {env}).stdout;
		const styled = runCli(['read', 'a', '--content', content, '--color'], {env}).stdout;
		plant(env.XDG_CACHE_HOME, 'Evil\u001B]0;PWNED\u0007\u001B[2J text\n');
		expect(runCli(['read', 'a', '--content', content], {env}).stdout).toBe('Evil text\n');
		expect(runCli(['read', 'a', '--content', content, '--color'], {env}).stdout).toBe(styled);
		expect(plain).not.toContain('\u001B');
	});

	test('the warnings of a broken clinic.yml are said again when the article comes from the cache', () => {
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'})}, `${clinicYaml}timezone: Mars/Base\n`);
		const env = {XDG_CACHE_HOME: temporaryDirectory()};
		const first = runCli(['read', 'a', '--content', content], {env});
		expect(first.stderr).toMatch(/clinic-read: warning: .*clinic\.yml: unknown timezone "Mars\/Base"/);
		expect(runCli(['read', 'a', '--content', content], {env}).stderr).toBe(first.stderr);
	});

	test('a cache folder that cannot be written is no cache, not an error', () => {
		const blocked = temporaryDirectory();
		writeFileSync(path.join(blocked, 'clinic-read'), 'a file where the folder should be');
		const content = makeContent({'a.md': postText({title: 'Alpha', date: '2026-01-01'}, 'First words.')});
		const result = runCli(['read', 'a', '--content', content], {env: {XDG_CACHE_HOME: blocked}});
		expect(result.stdout).toContain('First words.');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	test('standard input is never kept: each one is rendered', () => {
		const env = {XDG_CACHE_HOME: temporaryDirectory()};
		expect(runCli(['read', '-', '--color'], {env, input: '# One\n\nFirst.\n'}).stdout).toContain('First.');
		expect(runCli(['read', '-', '--color'], {env, input: '# Two\n\nSecond.\n'}).stdout).toContain('Second.');
		expect(runCli(['read', '-'], {env, input: '# Three\n\nThird.\n'}).stdout).toContain('Third.');
	});
});
