import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {bundledContent, colorLevel, parsePageLength, parseWidth, resolveOptions, type Flags} from '../../source/args/options.js';

const flags: Flags = {};

describe('resolveOptions', () => {
	test('flags win over the environment, which wins over the bundled posts', () => {
		expect(resolveOptions(flags, {}).contentDirectory).toBe(bundledContent);
		expect(resolveOptions(flags, {CLINIC_READ_CONTENT: 'env-dir'}).contentDirectory).toBe(path.resolve('env-dir'));
		expect(resolveOptions({...flags, content: 'flag-dir'}, {CLINIC_READ_CONTENT: 'env-dir'}).contentDirectory).toBe(path.resolve('flag-dir'));
		expect(resolveOptions(flags, {CLINIC_READ_CONFIG_DIR: 'cfg'}).configDirectory).toBe(path.resolve('cfg'));
	});

	test.each(['abc', '-5', '0', '19', '1.5', '', '1e3'])('rejects --width %j with a usage error', value => {
		expect(() => parseWidth(value)).toThrow(expect.objectContaining({exitCode: 2, message: expect.stringContaining('--width must be a whole number')}));
	});

	test('accepts a sensible width', () => {
		expect(parseWidth('72')).toBe(72);
	});

	test('a flag not given takes its default; one given wins', () => {
		expect(resolveOptions(flags, {})).toMatchObject({plain: false, pager: true, json: false, unread: false, all: false, contact: true});
		expect(resolveOptions({pager: false, contact: false, json: true}, {})).toMatchObject({pager: false, contact: false, json: true});
		expect(resolveOptions(flags, {})).not.toHaveProperty('color');
		expect(resolveOptions({color: false}, {}).color).toBe(false);
	});

	test('theme, large print and screen-reader mode: a flag, then the environment, then the settings file, then the default', () => {
		const file = {file: '/home/ana/.config/clinic-read/config.yml', home: '/home/ana', settings: {theme: 'light', large: true, screenReader: true} as const};
		expect(resolveOptions(flags, {})).toMatchObject({large: false, screenReader: false});
		expect(resolveOptions(flags, {})).not.toHaveProperty('theme');
		expect(resolveOptions(flags, {}, file)).toMatchObject({theme: 'light', large: true, screenReader: true});
		expect(resolveOptions(flags, {CLINIC_READ_THEME: 'mono', CLINIC_READ_SCREEN_READER: '0'}, file)).toMatchObject({theme: 'mono', screenReader: false});
		expect(resolveOptions(flags, {CLINIC_READ_SCREEN_READER: '1'})).toMatchObject({screenReader: true});
		// An empty variable says nothing, so the file still counts.
		expect(resolveOptions(flags, {CLINIC_READ_THEME: '', CLINIC_READ_SCREEN_READER: ''}, file)).toMatchObject({theme: 'light', screenReader: true});
		const given = resolveOptions({theme: 'dark', large: false, screenReader: false}, {CLINIC_READ_THEME: 'mono', CLINIC_READ_SCREEN_READER: '1'}, file);
		expect(given).toMatchObject({theme: 'dark', large: false, screenReader: false});
	});

	test('an unknown theme is a usage error naming where it came from', () => {
		expect(() => resolveOptions({theme: 'purple'}, {})).toThrow(expect.objectContaining({exitCode: 2, message: '--theme must be one of auto, dark, light, high-contrast, mono, not "purple"'}));
		expect(() => resolveOptions(flags, {CLINIC_READ_THEME: 'sepia'})).toThrow('CLINIC_READ_THEME must be one of auto, dark, light, high-contrast, mono, not "sepia"');
	});

	test('--page-length says why its least value is what it is', () => {
		expect(() => parsePageLength('4')).toThrow('--page-length must be a whole number from 7 (a header, a footer and three lines of text) to 1000, not "4"');
	});
});

describe('colorLevel', () => {
	test('honours TERM=dumb and FORCE_COLOR=0 in a terminal; NO_COLOR keeps bold and reverse (it picks the mono theme)', () => {
		expect(colorLevel({NO_COLOR: '1', TERM: 'xterm-256color'}, true)).toBe(2);
		expect(colorLevel({TERM: 'dumb'}, true)).toBe(0);
		expect(colorLevel({FORCE_COLOR: '0', TERM: 'xterm-256color'}, true)).toBe(0);
		expect(colorLevel({TERM: 'xterm-256color'}, true)).toBe(2);
		expect(colorLevel({TERM: 'xterm', COLORTERM: 'truecolor'}, true)).toBe(3);
	});

	test('a pipe gets no colour unless asked with --color, whatever FORCE_COLOR says', () => {
		expect(colorLevel({FORCE_COLOR: '3'}, false)).toBe(0);
		expect(colorLevel({}, false, true)).toBe(2);
		expect(colorLevel({NO_COLOR: '1'}, true, true)).toBe(2);
		expect(colorLevel({TERM: 'xterm-256color'}, true, false)).toBe(0);
	});
});
