import {describe, expect, test} from 'vitest';
import {makeContent, postText} from '../helpers/content.js';
import {spawnScreen} from '../helpers/pty.js';

describe('typed and pasted input is echoed sanitized', () => {
	test('C1 controls and BEL pasted into the list filter and the article search never reach the terminal', async () => {
		const screen = spawnScreen([]);
		await screen.waitFor('11 posts');
		const before = screen.output().length;
		// U+009D is OSC in the 8-bit spelling: echoed raw, it would retitle the window.
		screen.write('/gait\u009D0;PWNED\u0007\u0085\u009B2J');
		await screen.waitFor('/gait0;PWNED2J');
		screen.write('\u001B');
		await screen.waitFor(text => !text.includes('/gait'));
		screen.write('\r');
		await screen.waitFor('% ');
		screen.write('/knee\u009D2;TITLE\u0007');
		await screen.waitFor('/knee2;TITLE');
		const echoed = screen.output().slice(before);
		expect(echoed).not.toMatch(/[\u0007\u0080-\u009F]/);
		screen.write('\u0003');
		expect((await screen.exited).exitCode).toBe(0);
	});
});

// The cursor back, alternate scroll (the wheel) off, then the normal screen.
const leaveScreen = '\u001B[?25h\u001B[?1007l\u001B[?1049l';

describe('signals and a closed terminal', () => {
	test('SIGTSTP leaves the screen before stopping; SIGCONT comes back, redraws, and keys work again', async () => {
		const screen = spawnScreen([]);
		await screen.waitFor('11 posts');
		screen.kill('SIGTSTP');
		await screen.waitFor(() => screen.bufferType() === 'normal');
		expect(screen.output().endsWith(leaveScreen)).toBe(true);
		// As a shell's fg would: after the stop, not during it.
		await new Promise(resolve => setTimeout(resolve, 500));
		screen.kill('SIGCONT');
		await screen.waitFor(text => screen.bufferType() === 'alternate' && text.includes('11 posts'));
		screen.write('j');
		await screen.waitFor(/❯ ● 2026-01-18/);
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.bufferType()).toBe('normal');
	});

	test.each(['SIGQUIT', 'SIGUSR2', 'SIGALRM'])('%s restores the screen and exits 0', async signal => {
		const screen = spawnScreen(['read', 'gait-training']);
		await screen.waitFor('% ');
		screen.kill(signal);
		expect(await screen.exited).toEqual({exitCode: 0, signal: 0});
		expect(screen.bufferType()).toBe('normal');
		expect(screen.output().lastIndexOf(leaveScreen)).toBeGreaterThan(screen.output().lastIndexOf('\u001B[?1049h'));
	});

	test('SIGUSR1 does nothing in the kiosk: no inspector, nothing printed over the screen', async () => {
		const screen = spawnScreen(['kiosk', '--lock']);
		await screen.waitFor('Delta Physiotherapy');
		const before = screen.output().length;
		screen.kill('SIGUSR1');
		await new Promise(resolve => setTimeout(resolve, 1500));
		expect(screen.output().slice(before)).not.toMatch(/Debugger|inspector|9229/);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	});

	test.each([
		['the reader', []],
		['the pager', ['read', 'gait-training']],
		['the kiosk', ['kiosk']],
	])('closing the terminal under %s ends it quietly: exit 0, no crash', async (_name, args) => {
		const screen = spawnScreen(args);
		await screen.waitFor(text => text.trim() !== '');
		await new Promise(resolve => setTimeout(resolve, 500));
		screen.hangUp();
		expect(await screen.exited).toEqual({exitCode: 0, signal: 0});
	});
});

describe('tiny and changing terminals', () => {
	test('in a 1-column terminal, read 1 then q exits 0 (no "Invalid count value")', async () => {
		const screen = spawnScreen(['read', '1'], {columns: 1, rows: 24});
		await screen.waitFor(() => screen.output().includes('\u001B[?2026l'));
		// Back to the list, then quit (or quit at once, where q leaves a pager opened from the shell).
		screen.write('qq');
		expect(await screen.exited).toEqual({exitCode: 0, signal: 0});
		expect(screen.output()).not.toContain('Invalid count');
	});

	test('shrink, G, grow: the list scrolls back so the first posts show again, the last one still selected', async () => {
		const postRows = (text: string) => text.split('\n').filter(line => /^[❯ ] [● ] \d{4}-\d\d-\d\d/.test(line));
		const screen = spawnScreen([], {columns: 80, rows: 13});
		await screen.waitFor('11 posts');
		const first = postRows(screen.text())[0]!;
		screen.write('G');
		await screen.waitFor(/❯ .*Trigger Point Therapy/);
		expect(screen.text()).not.toContain(first);
		screen.resize(80, 30);
		// All eleven posts fit now: the first one is back, and the pointer stays on the last.
		// The footer's key hints move to the new bottom once the frame is drawn for 30 rows.
		await screen.waitFor(text => text.split('\n').slice(20).some(line => line.includes('q quit')));
		expect(postRows(screen.text())).toHaveLength(11);
		expect(screen.text()).toContain(first.slice(2));
		expect(screen.text()).toMatch(/❯ .*Trigger Point Therapy/);
		// And shrunk again, the window follows the selection rather than keeping the top.
		screen.resize(80, 13);
		await screen.waitFor(text => postRows(text).length < 11);
		expect(screen.text()).toMatch(/❯ .*Trigger Point Therapy/);
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
	});
});

describe('a 2,000-column table', () => {
	const content = makeContent({'wide-table.md': postText({title: 'Wide table', date: '2026-01-05'}, `|${Array.from({length: 2000}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(2000)}\n|${'x|'.repeat(2000)}`)});

	test('the reader opens it, goes to its end and back, and quits', async () => {
		const screen = spawnScreen(['read', 'wide-table', '--content', content]);
		await screen.waitFor(/c0: x/);
		screen.write('G');
		await screen.waitFor(/c1999: x/);
		screen.write('g');
		await screen.waitFor(/c0: x/);
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
	});

	test('the kiosk shows it in at most 30 screens', async () => {
		const screen = spawnScreen(['kiosk', '--content', content], {columns: 100, rows: 30});
		const shown = await screen.waitFor(/page 1 of \d+/);
		expect(Number(/page 1 of (\d+)/.exec(shown)![1])).toBeLessThanOrEqual(30);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	});
});
