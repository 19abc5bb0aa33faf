import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';

/** A settings folder with config.yml holding `text`. */
function settingsHome(text: string): {home: string; file: string} {
	const home = temporaryDirectory('clinic-read-settings-');
	mkdirSync(path.join(home, 'clinic-read'));
	const file = path.join(home, 'clinic-read', 'config.yml');
	writeFileSync(file, text);
	return {home, file};
}

describe('the settings file', () => {
	test('flags win over the environment, which wins over the file, which wins over the defaults', () => {
		const fromFile = makeContent({'file.md': postText({title: 'From the file', date: '2026-01-01'})});
		const fromEnv = makeContent({'env.md': postText({title: 'From the environment', date: '2026-01-01'})});
		const fromFlag = makeContent({'flag.md': postText({title: 'From the flag', date: '2026-01-01'})});
		const {home} = settingsHome(`content: ${fromFile}\nwidth: 30\n`);
		const env = {XDG_CONFIG_HOME: home};
		expect(runCli(['list'], {env}).stdout).toContain('From the file');
		expect(runCli(['list'], {env: {...env, CLINIC_READ_CONTENT: fromEnv}}).stdout).toContain('From the environment');
		expect(runCli(['list', '--content', fromFlag], {env: {...env, CLINIC_READ_CONTENT: fromEnv}}).stdout).toContain('From the flag');
		const read = runCli(['read', 'trigger-point-therapy', '--content', path.resolve('content')], {env});
		expect(Math.max(...read.stdout.split('\n').map(line => line.length))).toBeLessThanOrEqual(30);
		const wide = runCli(['read', 'trigger-point-therapy', '--content', path.resolve('content'), '--width', '70'], {env});
		expect(Math.max(...wide.stdout.split('\n').map(line => line.length))).toBeGreaterThan(30);
	});

	test('a relative content folder is relative to the file; ~/ is the home folder', () => {
		const {home} = settingsHome('content: ../../posts-here\n');
		const content = makeContent({'here.md': postText({title: 'Here', date: '2026-01-01'})});
		const {stdout, stderr} = runCli(['list'], {env: {XDG_CONFIG_HOME: path.join(home, 'clinic-read', 'x'), HOME: home}});
		expect(stderr).toBe('');
		expect(stdout).not.toContain('Here');
		const tilde = settingsHome(`content: ~/${path.basename(content)}\n`);
		expect(runCli(['list'], {env: {XDG_CONFIG_HOME: tilde.home, HOME: path.dirname(content)}}).stdout).toContain('Here');
	});

	test('a broken file or an unknown key is one warning (file, line, key), and the command goes on with the defaults', () => {
		const unknown = settingsHome('width: 40\nwpm: 200\n');
		const listed = runCli(['list'], {env: {XDG_CONFIG_HOME: unknown.home}});
		expect(listed.status).toBe(0);
		expect(listed.stderr).toBe(`clinic-read: warning: ${unknown.file}:2: unknown key "wpm"; the keys are content, width, theme, large, screenReader, feed\n`);
		const broken = settingsHome('width: [40\n');
		const read = runCli(['read', 'trigger-point-therapy'], {env: {XDG_CONFIG_HOME: broken.home}});
		expect(read.status).toBe(0);
		expect(read.stderr).toMatch(new RegExp(`^clinic-read: warning: ${broken.file}:\\d+: not valid YAML .*; using the defaults\\n$`));
		expect(Math.max(...read.stdout.split('\n').map(line => line.length))).toBeGreaterThan(40);
	});

	test('theme, large and screenReader from the file; the environment and the flags still win', () => {
		const {home} = settingsHome('theme: light\nlarge: true\nscreenReader: true\n');
		const env = {XDG_CONFIG_HOME: home};
		// The light theme's headings are xterm's colour 24 (#005f87); the dark theme's are 81 (#5fd7ff).
		expect(runCli(['read', '3', '--color', '--no-screen-reader'], {env}).stdout).toContain('\u001B[38;5;24m');
		expect(runCli(['read', '3', '--color', '--no-screen-reader'], {env: {...env, CLINIC_READ_THEME: 'dark'}}).stdout).toContain('\u001B[38;5;81m');
		expect(runCli(['read', '3', '--color', '--no-screen-reader', '--theme', 'mono'], {env: {...env, CLINIC_READ_THEME: 'dark'}}).stdout).not.toMatch(/\u001B\[38;/);
		// Screen-reader mode from the file: the list as sentences; CLINIC_READ_SCREEN_READER=0 or the flag turns it off.
		const spoken = '3. Can Physiotherapy Help You Avoid Surgery? — January 10, 2026, unread';
		expect(runCli(['list'], {env}).stdout.split('\n')[2]).toBe(spoken);
		expect(runCli(['list'], {env: {...env, CLINIC_READ_SCREEN_READER: '0'}}).stdout).not.toContain(spoken);
		expect(runCli(['list', '--no-screen-reader'], {env}).stdout).not.toContain(spoken);
		// Large print from the file: the 60-column measure, unless a width is given.
		const lines = (args: string[]) => runCli(['read', '3', '--no-screen-reader', ...args], {env}).stdout.split('\n');
		expect(Math.max(...lines([]).map(line => line.length))).toBeLessThanOrEqual(60);
		expect(Math.max(...lines(['--width', '90']).map(line => line.length))).toBeGreaterThan(60);
		const bad = settingsHome('theme: sepia\n');
		expect(runCli(['list'], {env: {XDG_CONFIG_HOME: bad.home}}).stderr).toBe(`clinic-read: warning: ${bad.file}:1: "theme" must be one of auto, dark, light, high-contrast, mono; using the default\n`);
	});

	test('the kiosk\'s defaults come from the file, and a flag still wins', () => {
		const {home} = settingsHome('kiosk:\n  wpm: 5000\n');
		expect(runCli(['kiosk', '--wpm', '3'], {env: {XDG_CONFIG_HOME: home}}).stderr).toContain('--wpm must be a whole number from 20 to 1000, not "3"');
		expect(runCli(['kiosk'], {env: {XDG_CONFIG_HOME: home}}).stderr).toContain('"kiosk.wpm" must be a whole number from 20 to 1000; using the default');
	});
});

describe('config', () => {
	test('path prints where the file is; show says there is none, then what it sets', () => {
		const home = temporaryDirectory();
		const file = path.join(home, 'clinic-read', 'config.yml');
		expect(runCli(['config', 'path'], {env: {XDG_CONFIG_HOME: home}}).stdout).toBe(`${file}\n`);
		expect(runCli(['config', 'show'], {env: {XDG_CONFIG_HOME: home}}).stdout).toBe(`# No settings file at ${file}; every setting is its default ("clinic-read config edit" makes one).\n`);
		const made = settingsHome('width: 60\nkiosk:\n  lock: true\nbogus: 1\n');
		const shown = runCli(['config', 'show'], {env: {XDG_CONFIG_HOME: made.home}});
		expect(shown.stdout).toBe(`# ${made.file}\nwidth: 60\nkiosk:\n  lock: true\n`);
		expect(shown.stderr).toContain(':4: unknown key "bogus"');
		expect(JSON.parse(runCli(['config', 'show', '--json'], {env: {XDG_CONFIG_HOME: made.home}}).stdout)).toEqual({width: 60, kiosk: {lock: true}});
	});

	test('edit makes the commented file with every key, then opens $EDITOR on it', () => {
		const home = temporaryDirectory();
		const editor = path.join(temporaryDirectory(), 'editor.sh');
		writeFileSync(editor, '#!/bin/sh\nprintf "width: 50\\n" >> "$1"\n');
		chmodSync(editor, 0o755);
		const {status, stderr} = runCli(['config', 'edit'], {env: {XDG_CONFIG_HOME: home, EDITOR: editor, VISUAL: undefined}});
		expect([status, stderr]).toEqual([0, '']);
		const text = readFileSync(path.join(home, 'clinic-read', 'config.yml'), 'utf8');
		for (const key of ['content', 'width', 'theme', 'large', 'screenReader', 'feed', 'kiosk', 'wpm', 'quietHours']) {
			expect(text).toMatch(new RegExp(`^# +${key}:`, 'm'));
		}

		expect(text.endsWith('width: 50\n')).toBe(true);
		expect(runCli(['config', 'show'], {env: {XDG_CONFIG_HOME: home}}).stdout).toContain('width: 50');
	});

	test('an editor that fails is one line and exit 1; a missing action is a usage error', () => {
		const home = temporaryDirectory();
		expect(runCli(['config', 'edit'], {env: {XDG_CONFIG_HOME: home, EDITOR: 'false', VISUAL: undefined}})).toMatchObject({status: 1, stderr: expect.stringMatching(/^clinic-read: the editor "false" did not finish \(exit 1\)/)});
		expect(existsSync(path.join(home, 'clinic-read', 'config.yml'))).toBe(true);
		expect(runCli(['config'])).toMatchObject({status: 2, stderr: 'clinic-read: config needs one of path, show, edit, such as: clinic-read config path\n'});
	});
});

describe('read marks', () => {
	test('live in a clinic-read state folder; an old clinic-read-nodejs folder is moved there once, marks kept', () => {
		const home = temporaryDirectory();
		const old = path.join(home, '.config', 'clinic-read-nodejs');
		mkdirSync(old, {recursive: true});
		writeFileSync(path.join(old, 'config.json'), '{"read":{"gait-training":"2026-01-01T00:00:00.000Z"}}');
		const env = {HOME: home, CLINIC_READ_CONFIG_DIR: undefined, XDG_CONFIG_HOME: undefined, XDG_STATE_HOME: undefined};
		const first = runCli(['list', '--unread'], {env});
		const state = path.join(home, '.local', 'state', 'clinic-read');
		expect(first.stderr).toBe(`clinic-read: moved your read marks from ${old} to ${state}\n`);
		expect(first.stdout).not.toContain('gait-training');
		expect(existsSync(old)).toBe(false);
		const second = runCli(['mark', 'trigger-point-therapy'], {env});
		expect(second.stderr).toBe('');
		expect(readFileSync(path.join(state, 'config.json'), 'utf8')).toContain('trigger-point-therapy');
		expect(existsSync(old)).toBe(false);
	});
});
