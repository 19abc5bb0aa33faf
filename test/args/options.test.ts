import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {bundledContent, colorLevel, explicitBoolean, findUnknownFlag, parseWidth, resolveOptions, type Flags} from '../../source/args/options.js';

const flags: Flags = {plain: false, pager: true, json: false, unread: false, all: false};

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
});

describe('colorLevel', () => {
	test('honours NO_COLOR, TERM=dumb and FORCE_COLOR=0 in a terminal', () => {
		expect(colorLevel({NO_COLOR: '1', TERM: 'xterm-256color'}, true)).toBe(0);
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

describe('argument checks', () => {
	test('finds flags meow does not know, but not - (stdin), negative numbers or values after --', () => {
		const known = ['width', 'pager', 'help'];
		expect(findUnknownFlag(['read', '-', '--width', '40'], known)).toBeUndefined();
		expect(findUnknownFlag(['--no-pager', '--width=50'], known)).toBeUndefined();
		expect(findUnknownFlag(['--bogus=1'], known)).toBe('--bogus');
		expect(findUnknownFlag(['-x'], known)).toBe('-x');
		expect(findUnknownFlag(['--', '--bogus'], known)).toBeUndefined();
	});

	test('tells --color, --no-color and neither apart', () => {
		expect(explicitBoolean(['--color'], 'color')).toBe(true);
		expect(explicitBoolean(['--color', '--no-color'], 'color')).toBe(false);
		expect(explicitBoolean([], 'color')).toBeUndefined();
	});
});
