import {cpSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import {describe, expect, test} from 'vitest';
import {bin, root} from '../helpers/cli.js';
import {postText, temporaryDirectory} from '../helpers/content.js';
import {spawnScreen} from '../helpers/pty.js';

const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
const fast = ['--min-seconds', '1', '--max-seconds', '1'];

/** Resolves true if the process is still running after `ms`. */
async function stillRunning(exited: Promise<unknown>, ms: number): Promise<boolean> {
	return Promise.race([exited.then(() => false), delay(ms).then(() => true)]);
}

describe('the kiosk in a real terminal', () => {
	test('starts on the newest post in the alternate screen, turns pages and posts, and SIGTERM restores the terminal with 0', async () => {
		const screen = spawnScreen(['kiosk', ...fast]);
		const first = await screen.waitFor('1 / 11');
		expect(screen.bufferType()).toBe('alternate');
		expect(first).toContain('Delta Physiotherapy & Rehab');
		expect(first).toContain('Khairunnisa Hemani · January 25, 2026');
		expect(first).toContain('905-270-3086');
		expect(first).toContain('Scan to call us');
		expect(first.split('\n').length).toBe(30);
		await screen.waitFor('page 2 of');
		await screen.waitFor('2 / 11', 30_000);

		screen.kill('SIGTERM');
		const {exitCode, signal} = await screen.exited;
		expect({exitCode, signal: signal ?? 0}).toEqual({exitCode: 0, signal: 0});
		expect(screen.bufferType()).toBe('normal');
		expect(screen.output().lastIndexOf(showCursor)).toBeGreaterThan(screen.output().lastIndexOf(hideCursor));
	}, 60_000);

	test('--lock: key mashing, Ctrl-C, Ctrl-Z and Ctrl-\\ change nothing; only a signal stops it', async () => {
		const screen = spawnScreen(['kiosk', '--lock', ...fast]);
		await screen.waitFor('1 / 11');
		for (const keys of ['q', '\u0003', '\u001A', '\u001C', 'qqqq', '\u001B[D', '\u001B[C', '\u001B', '\r', 'x\u0003y\u001Az', ' ', '\u0004']) {
			screen.write(keys);
			await delay(30);
		}

		expect(await stillRunning(screen.exited, 1500)).toBe(true);
		expect(screen.bufferType()).toBe('alternate');
		await screen.waitFor('page 3 of');
		screen.kill('SIGHUP');
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.bufferType()).toBe('normal');
	}, 60_000);

	test('without --lock, q quits with the terminal restored', async () => {
		const screen = spawnScreen(['kiosk'], {columns: 80, rows: 24});
		await screen.waitFor('1 / 11');
		screen.write('\u001B[C');
		await screen.waitFor('2 / 11');
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.bufferType()).toBe('normal');
	}, 30_000);

	test('a post dropped into the content folder shows next, without a restart', async () => {
		const content = temporaryDirectory('clinic-read-kiosk-');
		cpSync(path.join(root, 'content'), content, {recursive: true});
		const screen = spawnScreen(['kiosk', '--content', content, ...fast]);
		await screen.waitFor('1 / 11');
		writeFileSync(path.join(content, 'posts', 'dropped-in.md'), postText({title: 'Dropped in today', date: '2030-01-01', author: 'Newest Author'}, 'A brand new post.'));
		await screen.waitFor('/ 12', 10_000);
		await screen.waitFor('Newest Author', 15_000);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	}, 60_000);

	test('stdin that is not a terminal (systemd\'s /dev/null): runs without keys instead of crashing on raw mode', async () => {
		const terminal = new xterm.Terminal({cols: 100, rows: 30, allowProposedApi: true});
		const env: Record<string, string> = {};
		for (const [key, value] of Object.entries(process.env)) {
			if (value !== undefined && key !== 'CI' && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') {
				env[key] = value;
			}
		}

		const child = pty.spawn('/bin/sh', ['-c', `exec "${process.execPath}" "${bin}" kiosk --min-seconds 1 --max-seconds 1 < /dev/null`], {cols: 100, rows: 30, cwd: root, env: {...env, TERM: 'xterm-256color'}});
		let output = '';
		child.onData(data => {
			output += data;
			terminal.write(data);
		});
		const exited = new Promise<number>(resolve => {
			child.onExit(({exitCode}) => {
				resolve(exitCode);
			});
		});
		const deadline = Date.now() + 10_000;
		while (!output.includes('1 / 11') && Date.now() < deadline) {
			await delay(50);
		}

		expect(output).toContain('1 / 11');
		expect(output).not.toContain('Raw mode');
		expect(await stillRunning(exited, 1500)).toBe(true);
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	}, 30_000);

	test.each([
		[['--wpm', '0'], /--wpm must be a whole number from 20 to 1000, not "0"/],
		[['--min-seconds', 'abc'], /--min-seconds must be a whole number/],
		[['--min-seconds', '30', '--max-seconds', '10'], /--min-seconds \(30\) must not be more than --max-seconds \(10\)/],
		[['--quiet-hours', '20:00'], /--quiet-hours must be two different 24-hour times/],
		[['--order', 'random'], /--order must be newest or shuffle/],
	])('kiosk %j is a one-line usage error, exit 2, before the screen changes', async (args, message) => {
		const screen = spawnScreen(['kiosk', ...args]);
		const {exitCode} = await screen.exited;
		expect(exitCode).toBe(2);
		expect(screen.output()).toMatch(message);
		expect(screen.output()).not.toContain('\u001B[?1049h');
	});
});
