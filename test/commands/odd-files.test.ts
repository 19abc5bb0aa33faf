import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {makeContent, postText} from '../helpers/content.js';

// A hang shows as a kill after this long (status null), not as a stuck suite.
const timeout = 20_000;

function oddContent(): string {
	const content = makeContent({'good.md': postText({title: 'A good post', date: '2026-01-01'})});
	const posts = path.join(content, 'posts');
	execFileSync('mkfifo', [path.join(posts, 'fifo.md')]);
	symlinkSync('/dev/zero', path.join(posts, 'zero.md'));
	symlinkSync('/dev/urandom', path.join(posts, 'random.md'));
	writeFileSync(path.join(posts, 'sparse.md'), '');
	truncateSync(path.join(posts, 'sparse.md'), 1.5 * 1024 ** 3);
	mkdirSync(path.join(posts, 'folder.md'));
	return content;
}

describe('odd files in the posts folder: skipped with one warning each, nothing hangs or floods', () => {
	const content = oddContent();
	const warnings = [
		`clinic-read: warning: ${content}/posts/fifo.md: a named pipe (FIFO), not a file; not shown`,
		`clinic-read: warning: ${content}/posts/folder.md: a folder, not a file; not shown`,
		`clinic-read: warning: ${content}/posts/random.md: a device, not a file; not shown`,
		`clinic-read: warning: ${content}/posts/sparse.md: larger than 5 MB; not shown`,
		`clinic-read: warning: ${content}/posts/zero.md: a device, not a file; not shown`,
	];

	test.each([
		['list', ['list']],
		['read', ['read', 'good']],
		['print', ['print', 'good']],
	])('%s', (_name, args) => {
		const {status, stderr, stdout} = runCli([...args, '--content', content], {timeout});
		expect(status).toBe(0);
		expect(stderr.trim().split('\n')).toEqual(warnings);
		expect(stdout).toContain('A good post');
	});

	test('check reports each one and exits 1', () => {
		const {status, stdout} = runCli(['check', '--content', content], {timeout});
		expect(status).toBe(1);
		expect(stdout).toMatch(/fifo\.md.*a named pipe \(FIFO\), not a file/);
		expect(stdout).toMatch(/zero\.md.*a device, not a file/);
		expect(stdout).toMatch(/sparse\.md.*larger than 5 MB/);
		expect(stdout.length).toBeLessThan(10_000);
	});
});

describe('a clinic.yml that is not a file', () => {
	const content = makeContent({'good.md': postText({title: 'A good post', date: '2026-01-01'})});
	rmSync(path.join(content, 'clinic.yml'));
	execFileSync('mkfifo', [path.join(content, 'clinic.yml')]);

	test('contact and read fail at once with one line', () => {
		for (const args of [['contact'], ['read', 'good']]) {
			expect(runCli([...args, '--content', content], {timeout})).toEqual({stdout: '', stderr: `clinic-read: ${content}/clinic.yml: a named pipe (FIFO), not a file\n`, status: 1});
		}
	});

	test('check says what it is', () => {
		const {status, stdout} = runCli(['check', '--content', content], {timeout});
		expect(status).toBe(1);
		expect(stdout).toMatch(/clinic\.yml.*a named pipe \(FIFO\), not a file/);
	});
});

describe('read - with a folder on standard input', () => {
	test('is an error, not an empty article', async () => {
		const {spawnSync} = await import('node:child_process');
		const {openSync, closeSync} = await import('node:fs');
		const {bin} = await import('../helpers/cli.js');
		const folder = openSync('/tmp', 'r');
		const result = spawnSync(process.execPath, [bin, 'read', '-'], {stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8', timeout});
		closeSync(folder);
		expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 1, stdout: '', stderr: 'clinic-read: standard input is a folder, not Markdown; use "clinic-read read - < FILE.md"\n'});
	});
});
