import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {spawnScreen} from '../helpers/pty.js';
import {temporaryDirectory} from '../helpers/content.js';

const showCursor = '\u001B[?25h';
const leaveAlternateScreen = '\u001B[?1049l';

describe('the reader in a real terminal', () => {
	test('start, move, open, scroll, search, back and quit; the screen and cursor come back', async () => {
		const screen = spawnScreen([]);
		await screen.waitFor('11 unread · 11 posts');
		expect(screen.bufferType()).toBe('alternate');
		expect(screen.text()).toMatch(/❯ ● 2026-01-25 {2}Physiotherapy for Arthritis/);

		screen.write('jj');
		await screen.waitFor(/❯ ● 2026-01-10 {2}Can Physiotherapy Help You Avoid Surgery\?/);

		screen.write('\r');
		const article = await screen.waitFor(/% {2}\? help/);
		expect(article.split('\n')[0]).toContain('Can Physiotherapy Help You Avoid Surgery?');
		expect(article.split('\n').length).toBe(30);

		screen.write(' ');
		await screen.waitFor(text => !text.split('\n')[0]!.includes('Can Physiotherapy Help You Avoid Surgery?'));

		screen.write('/doctor\r');
		await screen.waitFor(/match 1\/\d+/);

		screen.write('q');
		await screen.waitFor(/❯ {3}2026-01-10 {2}Can Physiotherapy Help You Avoid Surgery\?/);
		expect(screen.text()).toContain('10 unread · 11 posts');

		screen.write('q');
		const {exitCode} = await screen.exited;
		expect(exitCode).toBe(0);
		expect(screen.bufferType()).toBe('normal');
		expect(screen.output().lastIndexOf(showCursor)).toBeGreaterThan(screen.output().lastIndexOf('\u001B[?25l'));
		expect(screen.output()).toContain(leaveAlternateScreen);
	});

	test('a post opened by keys typed before the reader has loaded is marked read on disk (conf loads after the first frame)', async () => {
		const configDirectory = temporaryDirectory('clinic-read-typeahead-');
		const screen = spawnScreen([], {env: {CLINIC_READ_CONFIG_DIR: configDirectory}});
		screen.write('jj\r');
		await screen.waitFor(/% {2}\? help/);
		screen.write('q');
		await screen.waitFor('10 unread · 11 posts');
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
		const saved = JSON.parse(readFileSync(path.join(configDirectory, 'config.json'), 'utf8')) as {read: Record<string, string>};
		expect(Object.keys(saved.read)).toEqual(['avoiding-surgery-with-physiotherapy']);
	});

	test('every row of the terminal is used, as less does: the key hints and the status bar sit on the last row', async () => {
		const screen = spawnScreen([], {columns: 100, rows: 30});
		const rows = (text: string) => text.split('\n');
		const list = await screen.waitFor('11 unread · 11 posts');
		expect(rows(list)[29]).toMatch(/^j down {2}k up/);
		// The real cursor on the selected post, for magnifiers: it moves with j, whatever the frame's height.
		screen.write('jj');
		await screen.waitFor(/❯ ● 2026-01-10/);
		expect(screen.cursor().y).toBe(rows(screen.text()).findIndex(line => line.startsWith('❯')));

		screen.write('\r');
		const article = await screen.waitFor(/% {2}\? help/);
		expect(rows(article)[0]).toContain('Can Physiotherapy Help You Avoid Surgery?');
		expect(rows(article)[29]).toMatch(/% {2}\? help\s*$/);
		for (const key of '  b ') {
			screen.write(key);
		}

		screen.resize(90, 24);
		const smaller = await screen.waitFor(text => rows(text).length === 24 && /% {2}\? help\s*$/.test(rows(text)[23]!));
		expect(rows(smaller)[0]).not.toBe('');
		// A full-height frame never scrolled the screen, and nothing cleared the scrollback or the whole screen.
		expect(screen.output()).not.toContain('\u001B[3J');
		expect(screen.output()).not.toContain('\u001B[2J');
		screen.write('qq');
		expect((await screen.exited).exitCode).toBe(0);
	});

	test.each(['SIGTERM', 'SIGINT', 'SIGHUP'])('%s restores the screen and cursor and exits 0', async signal => {
		const screen = spawnScreen([]);
		await screen.waitFor('11 posts');
		screen.kill(signal);
		const {exitCode, signal: killedBy} = await screen.exited;
		expect({exitCode, killedBy: killedBy ?? 0}).toEqual({exitCode: 0, killedBy: 0});
		expect(screen.bufferType()).toBe('normal');
		// The last word on the screen is ours: the cursor shown and the alternate screen left after Ink's last frame.
		expect(screen.output().lastIndexOf(leaveAlternateScreen)).toBeGreaterThan(screen.output().lastIndexOf('\u001B[?1049h'));
		expect(screen.output().lastIndexOf(showCursor)).toBeGreaterThan(screen.output().lastIndexOf('\u001B[?25l'));
	});

	test('read SLUG in a terminal opens the pager; --no-pager prints formatted text and exits', async () => {
		const pager = spawnScreen(['read', 'gait-training']);
		await pager.waitFor(/Gait Training: Walking Safely Again/);
		expect(pager.bufferType()).toBe('alternate');
		pager.write('\u0003');
		expect((await pager.exited).exitCode).toBe(0);

		const printed = spawnScreen(['read', 'gait-training', '--no-pager']);
		expect((await printed.exited).exitCode).toBe(0);
		expect(printed.output()).toContain('\u001B[1m');
		expect(printed.output()).not.toContain('\u001B[?1049h');
	});

	test('resizing re-wraps the article without leftovers; too small shows a message until it grows', async () => {
		const screen = spawnScreen(['read', 'trigger-point-therapy'], {columns: 100, rows: 30});
		await screen.waitFor('A Beginner');
		screen.resize(50, 20);
		await screen.waitFor(text => text.split('\n').every(line => line.length <= 50) && text.includes('% '));
		screen.resize(30, 8);
		await screen.waitFor('Make the terminal');
		screen.resize(80, 24);
		await screen.waitFor(/A Beginner's Guide to Trigger Point Therapy/);
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
	});
});

describe('where q goes, and widths in a terminal', () => {
	test('read 3 opens the pager, and q leaves to the shell, as less FILE does', async () => {
		const screen = spawnScreen(['read', '3']);
		await screen.waitFor(/% {2}\? help/);
		screen.write('q');
		const {exitCode} = await screen.exited;
		expect(exitCode).toBe(0);
		expect(screen.bufferType()).toBe('normal');
	});

	test('list in an 80-column terminal cuts titles, never the slug', async () => {
		const screen = spawnScreen(['list'], {columns: 80});
		await screen.exited;
		const lines = screen.text().split('\n').filter(line => /^\s*\d+ {2}\d{4}-/.test(line));
		expect(lines).toHaveLength(11);
		for (const line of lines) {
			expect(line.trimEnd().length).toBeLessThanOrEqual(80);
			expect(line.trimEnd()).toMatch(/ {2}[a-z\d-]+$/);
		}

		expect(lines.some(line => line.includes('…'))).toBe(true);
	});

	test('--width sets the pager\'s measure', async () => {
		const screen = spawnScreen(['read', 'gait-training', '--width', '40']);
		const text = await screen.waitFor(/% {2}\? help/);
		const body = text.split('\n').filter(line => !line.includes('? help')).map(line => line.trim()).filter(Boolean);
		expect(body.length).toBeGreaterThan(10);
		for (const line of body) {
			expect(line.length).toBeLessThanOrEqual(40);
		}

		screen.write('\u0003');
		await screen.exited;
	});
});
