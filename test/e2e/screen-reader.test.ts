import {describe, expect, test} from 'vitest';
import {spawnScreen} from '../helpers/pty.js';

// Box drawing, block elements and geometric shapes (─ │ ╭ █ ●), and the arrows and pointers (❯ ›) a list would draw.
const glyph = /[\u2500-\u25FF\u2190-\u21FF\u276F\u203A]/;

describe('screen-reader mode in a real terminal', () => {
	test('numbered posts, a prompt, the chosen post in screenfuls, nothing ever redrawn', async () => {
		const screen = spawnScreen(['--screen-reader'], {columns: 80, rows: 24});
		await screen.waitFor('or q to quit:');
		expect(screen.bufferType()).toBe('normal');
		const output = () => screen.output();
		expect(output().split(/\r?\n/)[0]).toMatch(/^Screen-reader mode is on.*without --screen-reader/);
		expect(output()).toMatch(/^3\. Can Physiotherapy Help You Avoid Surgery\? — January 10, 2026, unread\r?$/m);

		screen.write('3\r');
		await screen.waitFor('Enter for more');
		// The first screenful fits whole: "Post 3 of 11." at the top, the prompt at the bottom.
		expect(screen.text().split('\n')[0]).toBe('Post 3 of 11.');
		expect(output()).toContain('Title: Can Physiotherapy Help You Avoid Surgery?');
		expect(output()).toContain('Heading level 2: Why try physiotherapy first?');

		screen.write('\r');
		await screen.waitFor(() => output().split('Enter for more').length > 2);
		screen.write('q\r');
		await screen.waitFor('Back to the list');
		screen.write('l\r');
		await screen.waitFor(/3\. Can Physiotherapy Help You Avoid Surgery\? — January 10, 2026, read/);
		screen.write('q\r');
		expect((await screen.exited).exitCode).toBe(0);

		// The whole byte stream: no alternate screen, no cursor movement, no erase, no escape at all; no drawn glyph.
		expect(output()).not.toContain('\u001B[?1049h');
		expect(output()).not.toMatch(/\u001B\[\d*(?:;\d*)?[ABCDEFGHJKfsu]/);
		expect(output()).not.toContain('\u001B');
		expect(output()).not.toMatch(glyph);
	});

	test('CLINIC_READ_SCREEN_READER=1 turns it on, and read NUMBER reads that post and ends', async () => {
		const screen = spawnScreen(['read', '3'], {columns: 80, rows: 200, env: {CLINIC_READ_SCREEN_READER: '1'}});
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.output()).toMatch(/^Screen-reader mode is on/);
		expect(screen.output()).toContain('Post 3 of 11.');
		expect(screen.output()).toContain('End of article.');
		expect(screen.output()).not.toContain('\u001B');
	});
});
