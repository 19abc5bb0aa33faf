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
