import {PassThrough, Writable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {resolveOptions} from '../../source/args/options.js';
import type {Context} from '../../source/io/context.js';
import {queryBackground, resolveTheme} from '../../source/io/terminal-theme.js';

type Answer = 'light' | 'dark' | 'da1 only' | 'silence';

const replies: Record<Answer, string> = {
	light: '\u001B]11;rgb:ffff/ffff/ffff\u001B\\\u001B[?62;22c',
	dark: '\u001B]11;rgb:1c1c/1c1c/1c1c\u0007\u001B[?1;2c',
	'da1 only': '\u001B[?1;2c',
	silence: '',
};

/** A terminal on both ends that answers the query, in two pieces as a slow link would. */
function fakeTerminal(answer: Answer, {stdinIsTTY = true, stdoutIsTTY = true} = {}) {
	const stdin = Object.assign(new PassThrough(), {isTTY: stdinIsTTY, isRaw: false, rawModes: [] as boolean[]});
	Object.assign(stdin, {
		setRawMode(mode: boolean) {
			stdin.isRaw = mode;
			stdin.rawModes.push(mode);
			return stdin;
		},
	});
	const written: string[] = [];
	const stdout = Object.assign(new Writable({
		write(chunk: Uint8Array, _encoding, callback) {
			written.push(chunk.toString());
			const reply = replies[answer];
			if (reply !== '') {
				setTimeout(() => stdin.write(reply.slice(0, 5)), 1);
				setTimeout(() => stdin.write(reply.slice(5)), 2);
			}

			callback();
		},
	}), {isTTY: stdoutIsTTY, columns: 80});
	return {stdin, stdout, written};
}

function contextFor(terminal: ReturnType<typeof fakeTerminal>, env: Record<string, string> = {TERM: 'xterm-256color'}, flags: {theme?: string; large?: boolean} = {}): Context {
	return {
		options: resolveOptions({plain: false, pager: true, json: false, unread: false, all: false, ...flags}, env),
		args: [],
		env,
		stdout: terminal.stdout,
		stderr: new PassThrough(),
		stdin: terminal.stdin,
	};
}

describe('--theme auto asks the terminal', () => {
	test('a light answer gets the light theme, a dark one the dark theme', async () => {
		expect((await resolveTheme(contextFor(fakeTerminal('light')))).name).toBe('light');
		expect((await resolveTheme(contextFor(fakeTerminal('dark')))).name).toBe('dark');
	});

	test('OSC 11 and DA1 are sent together, and raw mode is put back', async () => {
		const terminal = fakeTerminal('light');
		await resolveTheme(contextFor(terminal));
		expect(terminal.written.join('')).toBe('\u001B]11;?\u001B\\\u001B[c');
		expect(terminal.stdin.rawModes).toEqual([true, false]);
	});

	test('a terminal that answers only DA1 gets dark without waiting for the timeout', async () => {
		const terminal = fakeTerminal('da1 only');
		// A timeout this long would fail the test (20 s); DA1 ends the wait.
		expect(await queryBackground(terminal.stdin, terminal.stdout, 60_000)).toBeUndefined();
	});

	test('silence: dark after the timeout', async () => {
		const terminal = fakeTerminal('silence');
		expect(await queryBackground(terminal.stdin, terminal.stdout, 20)).toBeUndefined();
		expect((await resolveTheme(contextFor(terminal))).name).toBe('dark');
	});

	test('never asks when stdout or stdin is not a terminal, or on the Linux console', async () => {
		for (const terminal of [fakeTerminal('light', {stdoutIsTTY: false}), fakeTerminal('light', {stdinIsTTY: false})]) {
			expect((await resolveTheme(contextFor(terminal))).name).toBe('dark');
			expect(terminal.written).toEqual([]);
		}

		const linux = fakeTerminal('light');
		expect((await resolveTheme(contextFor(linux, {TERM: 'linux'}))).name).toBe('dark');
		expect(linux.written).toEqual([]);
	});
});

describe('choosing a theme', () => {
	test('--theme beats CLINIC_READ_THEME, which beats NO_COLOR (mono), which beats auto; nothing is asked', async () => {
		const terminal = fakeTerminal('light');
		expect((await resolveTheme(contextFor(terminal, {TERM: 'xterm', NO_COLOR: '1'}))).name).toBe('mono');
		expect((await resolveTheme(contextFor(terminal, {TERM: 'xterm', NO_COLOR: '1', CLINIC_READ_THEME: 'light'}))).name).toBe('light');
		expect((await resolveTheme(contextFor(terminal, {TERM: 'xterm', CLINIC_READ_THEME: 'light'}, {theme: 'high-contrast'}))).name).toBe('high-contrast');
		expect(terminal.written).toEqual([]);
	});

	test('the kiosk falls back to high-contrast; large print drops italic', async () => {
		expect((await resolveTheme(contextFor(fakeTerminal('light')), 'high-contrast')).name).toBe('high-contrast');
		const large = await resolveTheme(contextFor(fakeTerminal('light'), {TERM: 'xterm'}, {theme: 'dark', large: true}));
		expect(Object.values(large.styles).some(style => style.italic)).toBe(false);
	});

	test('an unknown theme is a usage error naming the flag or the variable', () => {
		expect(() => resolveOptions({plain: false, pager: true, json: false, unread: false, all: false, theme: 'solarized'}, {})).toThrow(/--theme must be one of auto, dark, light, high-contrast, mono, not "solarized"/);
		expect(() => resolveOptions({plain: false, pager: true, json: false, unread: false, all: false}, {CLINIC_READ_THEME: 'neon'})).toThrow(/CLINIC_READ_THEME/);
	});
});

describe('keys typed while the query is out', () => {
	test('go back to the input, for the reader, without the terminal\'s replies', async () => {
		const terminal = fakeTerminal('dark');
		terminal.stdin.write('j\r');
		expect(await queryBackground(terminal.stdin, terminal.stdout)).toEqual([28, 28, 28]);
		expect(String(terminal.stdin.read())).toBe('j\r');
	});
});
