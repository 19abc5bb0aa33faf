import {describe, expect, test} from 'vitest';
import {spawnScreen} from '../helpers/pty.js';

// SGR with a foreground or background colour: 30–37, 38;…, 39 is a reset and allowed, 40–48, 90–97, 100–107.
const colourCode = /\u001B\[(?:[\d;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[\d;]*)?m/;

describe('themes in a real terminal', () => {
	test('NO_COLOR: no colour code at all, but the search match and the status bar are reversed, headings bold', async () => {
		const screen = spawnScreen(['read', 'avoiding-surgery-with-physiotherapy'], {env: {NO_COLOR: '1'}});
		await screen.waitFor('% ');
		screen.write('/surgery\r');
		await screen.waitFor(/match 1\/\d+/);
		const output = screen.output();
		expect(output).not.toMatch(colourCode);
		// Reverse on the match itself, and on the status bar.
		expect(output).toMatch(/\u001B\[7m(?:\u001B\[[\d;]*m)*surgery/i);
		expect(output).toMatch(/\u001B\[7m [^\n]*% {2}\? help/);
		expect(output).toMatch(/\u001B\[1m(?:\u001B\[[\d;]*m)*Why try physiotherapy first\?/);
		screen.write('qq');
		expect((await screen.exited).exitCode).toBe(0);
	});

	test('the reader turns on alternate scroll for the mouse wheel and turns it off on the way out', async () => {
		const screen = spawnScreen([], {env: {CLINIC_READ_THEME: 'dark'}});
		await screen.waitFor('11 unread');
		expect(screen.output()).toContain('\u001B[?1007h');
		screen.kill('SIGTERM');
		await screen.exited;
		expect(screen.output().lastIndexOf('\u001B[?1007l')).toBeGreaterThan(screen.output().lastIndexOf('\u001B[?1007h'));
	});

	test('the terminal\'s cursor sits on the selected post, for screen magnifiers', async () => {
		const screen = spawnScreen([], {env: {CLINIC_READ_THEME: 'high-contrast'}});
		await screen.waitFor('11 unread');
		expect(screen.cursor().y).toBe(2);
		screen.write('jj');
		await screen.waitFor(/❯ ● 2026-01-10/);
		await screen.waitFor(() => screen.cursor().y === 4);
		expect(screen.text().split('\n')[screen.cursor().y]).toContain('Can Physiotherapy Help You Avoid Surgery?');
		screen.write('q');
		await screen.exited;
	});

	test('--large: read --no-pager sets 60 columns, no italic, headings with room above them', async () => {
		const screen = spawnScreen(['read', 'avoiding-surgery-with-physiotherapy', '--no-pager', '--large'], {columns: 100, rows: 200});
		expect((await screen.exited).exitCode).toBe(0);
		const lines = screen.text().split('\n');
		expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(60);
		expect(Math.max(...lines.map(line => line.length))).toBeGreaterThan(50);
		expect(screen.output()).not.toMatch(/\u001B\[(?:[\d;]*;)?3m/);
		const heading = lines.indexOf('Why try physiotherapy first?');
		expect(lines.slice(heading - 2, heading)).toEqual(['', '']);
	});

	test('--theme light prints in its colours; an unknown theme is a usage error', async () => {
		const light = spawnScreen(['read', '3', '--no-pager', '--theme', 'light']);
		await light.exited;
		expect(light.output()).toContain('\u001B[38;5;24m');
		const unknown = spawnScreen(['read', '3', '--no-pager', '--theme', 'neon']);
		expect((await unknown.exited).exitCode).toBe(2);
		expect(unknown.output()).toContain('--theme must be one of auto, dark, light, high-contrast, mono, not "neon"');
	});
});
