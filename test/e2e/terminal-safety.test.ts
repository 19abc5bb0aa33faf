import {describe, expect, test} from 'vitest';
import {spawnScreen} from '../helpers/pty.js';

// SGR colour parameters: 30–37, 38;…, 39, 40–47, 48;…, 90–97, 100–107.
const colourEscape = /\u001B\[(?:[\d;]*;)?(?:3\d|4\d|9[0-7]|10[0-7])(?:;[\d;]*)?m/;

describe('the terminal is left as it was found', () => {
	test('stdout a terminal but stdin not: the list is printed, no raw-mode crash', async () => {
		const screen = spawnScreen(['-c', 'node dist/bin.js < /dev/null'], {shell: true});
		const {exitCode} = await screen.exited;
		expect(exitCode).toBe(0);
		expect(screen.text()).toContain('trigger-point-therapy');
		expect(screen.output()).not.toContain('Raw mode');
	});

	test('NO_COLOR=1 in a terminal: no colour escapes anywhere', async () => {
		const screen = spawnScreen([], {env: {NO_COLOR: '1'}});
		await screen.waitFor('11 posts');
		screen.write('\r');
		await screen.waitFor('% ');
		screen.write('qq');
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.output()).not.toMatch(colourEscape);
		const printed = spawnScreen(['read', 'gait-training', '--no-pager'], {env: {NO_COLOR: '1'}});
		await printed.exited;
		expect(printed.output()).not.toMatch(colourEscape);
	});

	test('TERM=dumb: plain output, no full-screen reader', async () => {
		const screen = spawnScreen(['read', 'gait-training'], {env: {TERM: 'dumb'}});
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.output()).not.toContain('\u001B[');
		expect(screen.output()).toContain('Gait Training');
	});

	test('a resize storm never makes a frame taller than the screen, never wipes the scrollback', async () => {
		const screen = spawnScreen(['read', 'trigger-point-therapy'], {columns: 100, rows: 30});
		await screen.waitFor('% ');
		for (let index = 0; index < 300; index++) {
			const columns = 30 + ((index * 37) % 170);
			const rows = 8 + ((index * 13) % 50);
			screen.resize(columns, rows);
		}

		screen.resize(30, 8);
		await screen.waitFor('Make the terminal');
		screen.resize(90, 25);
		await screen.waitFor(text => text.includes('% ') && text.split('\n').length === 25);
		expect(screen.output()).not.toContain('\u001B[3J');
		screen.write('\u0003');
		expect((await screen.exited).exitCode).toBe(0);
	});
});
