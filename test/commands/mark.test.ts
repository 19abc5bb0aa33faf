import {spawn} from 'node:child_process';
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {bin, runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';
import {deadPid, writeLock} from '../helpers/lock.js';

const slugs = Array.from({length: 12}, (_, index) => `post-${index}`);
const content = makeContent(Object.fromEntries(slugs.map((slug, index) => [`${slug}.md`, postText({title: `Post ${index}`, date: '2026-01-01'})])));

function marksIn(configDirectory: string): Record<string, string> {
	return (JSON.parse(readFileSync(path.join(configDirectory, 'config.json'), 'utf8')) as {read: Record<string, string>}).read;
}

function markAsync(slug: string, configDirectory: string): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [bin, 'mark', slug, '--content', content], {env: {...process.env, CLINIC_READ_CONFIG_DIR: configDirectory}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('exit', status => {
			resolve({status, stdout, stderr});
		});
	});
}

describe('mark: a mark reported done is on disk', () => {
	test('many marks at once over a large state: every one is kept, none lost, no temp files', async () => {
		const configDirectory = temporaryDirectory();
		// About 1.7 MB of earlier marks, so each save takes a while and the writers really contend.
		const earlier = Object.fromEntries(Array.from({length: 30_000}, (_, index) => [`an-older-post-with-a-long-slug-${index}`, '2026-01-01T00:00:00.000Z']));
		writeFileSync(path.join(configDirectory, 'config.json'), JSON.stringify({read: earlier}));
		const results = await Promise.all(slugs.map(async slug => markAsync(slug, configDirectory)));
		expect(results.map(result => result.stderr).filter(Boolean)).toEqual([]);
		expect(results.every(result => result.status === 0 && result.stdout === 'Marked 1 post read.\n')).toBe(true);
		const marks = marksIn(configDirectory);
		expect(slugs.filter(slug => !marks[slug])).toEqual([]);
		expect(Object.keys(marks)).toHaveLength(30_000 + slugs.length);
		expect(readdirSync(configDirectory).filter(name => name.startsWith('config.json'))).toEqual(['config.json']);
	}, 120_000);

	test('a lock left by a killed process does not swallow the next mark', () => {
		const configDirectory = temporaryDirectory();
		writeLock(path.join(configDirectory, 'config.json.lock'), {pid: deadPid(), time: Date.now()});
		writeFileSync(path.join(configDirectory, 'config.json.tmp-1764620000abcdef'), '{"read": {');
		expect(runCli(['mark', 'post-1', '--content', content], {configDirectory})).toEqual({stdout: 'Marked 1 post read.\n', stderr: '', status: 0});
		expect(Object.keys(marksIn(configDirectory))).toEqual(['post-1']);
		expect(readdirSync(configDirectory).filter(name => name.startsWith('config.json'))).toEqual(['config.json']);
	});

	test('a lock dated in the future (clock set back) does not block marks', () => {
		const configDirectory = temporaryDirectory();
		writeLock(path.join(configDirectory, 'config.json.lock'), {pid: process.pid, time: Date.now() + 86_400_000});
		expect(runCli(['mark', 'post-1', '--content', content], {configDirectory}).status).toBe(0);
		expect(Object.keys(marksIn(configDirectory))).toEqual(['post-1']);
	});

	test('a live holder that lets go after a few seconds is waited for', async () => {
		const configDirectory = temporaryDirectory();
		const lock = path.join(configDirectory, 'config.json.lock');
		writeLock(lock, {pid: process.pid, time: Date.now()});
		const marking = markAsync('post-2', configDirectory);
		// Longer than the old one-second wait, shorter than the old five-second staleness.
		await new Promise(resolve => setTimeout(resolve, 3500));
		execFileSync('rm', [lock]);
		expect(await marking).toEqual({status: 0, stdout: 'Marked 1 post read.\n', stderr: ''});
		expect(Object.keys(marksIn(configDirectory))).toEqual(['post-2']);
	});
});

describe('mark: a save that cannot happen exits 1 with one line naming the folder and the reason', () => {
	test.each([
		['the config folder is under a file', (directory: string) => {
			writeFileSync(path.join(directory, 'file'), 'x');
			return path.join(directory, 'file', 'config');
		}, 'a file is in the way of the folder (ENOTDIR)'],
		['config.json is a folder', (directory: string) => {
			mkdirSync(path.join(directory, 'config.json'));
			return directory;
		}, 'config.json is a folder, not a file (EISDIR)'],
	])('%s', (_name, setUp, reason) => {
		const configDirectory = setUp(temporaryDirectory());
		expect(runCli(['mark', 'post-1', '--content', content], {configDirectory})).toEqual({stdout: '', stderr: `clinic-read: cannot save read marks in ${configDirectory}: ${reason}\n`, status: 1});
	});
});

// A small file system of its own: full, then read-only. Needs root and mount (as in CI and here).
const mountPoint = temporaryDirectory();
const canMount = (() => {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
})();
afterAll(() => {
	if (canMount) {
		execFileSync('umount', [mountPoint]);
	}
});

describe.skipIf(!canMount)('mark on a full or read-only disk', () => {
	test('a full disk', () => {
		const configDirectory = path.join(mountPoint, 'full');
		mkdirSync(configDirectory);
		writeFileSync(path.join(configDirectory, 'config.json'), '{"read": {}}');
		try {
			writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(128 * 1024));
		} catch {
			// Full now, as intended.
		}

		expect(runCli(['mark', 'post-1', '--content', content], {configDirectory})).toEqual({stdout: '', stderr: `clinic-read: cannot save read marks in ${configDirectory}: the disk is full (ENOSPC)\n`, status: 1});
		expect(readFileSync(path.join(configDirectory, 'config.json'), 'utf8')).toBe('{"read": {}}');
		execFileSync('rm', [path.join(mountPoint, 'filler')]);
	});

	test('a read-only file system', () => {
		const configDirectory = path.join(mountPoint, 'read-only');
		mkdirSync(configDirectory);
		execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
		try {
			expect(runCli(['mark', 'post-1', '--content', content], {configDirectory})).toEqual({stdout: '', stderr: `clinic-read: cannot save read marks in ${configDirectory}: the file system is read-only (EROFS)\n`, status: 1});
		} finally {
			execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
		}
	});
});
