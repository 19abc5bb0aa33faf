import {describe, expect, test} from 'vitest';
import {canQueryBackground, isQueryAnswered, parseBackgroundReply, themeForBackground, typedDuringQuery} from '../../../source/core/theme/background-query.js';
import {nearestPassing} from '../../../source/core/theme/paint.js';
import {contrastRatio} from '../../../source/core/theme/contrast.js';
import {xterm256} from '../../../source/core/theme/palette.js';

describe('the answer to OSC 11', () => {
	test('reads 4, 2 and 1 hex digits a channel, ended by BEL or ST, rgba too', () => {
		expect(parseBackgroundReply('\u001B]11;rgb:ffff/ffff/ffff\u001B\\')).toEqual([255, 255, 255]);
		expect(parseBackgroundReply('\u001B]11;rgb:1e1e/1e1e/2e2e\u0007\u001B[?62;22c')).toEqual([30, 30, 46]);
		expect(parseBackgroundReply('\u001B]11;rgb:fd/f6/e3\u0007')).toEqual([253, 246, 227]);
		expect(parseBackgroundReply('\u001B]11;rgba:0/0/0/f\u001B\\')).toEqual([0, 0, 0]);
	});

	test('no colour, a half answer or only DA1 is no answer', () => {
		expect(parseBackgroundReply('\u001B[?1;2c')).toBeUndefined();
		expect(parseBackgroundReply('\u001B]11;rgb:ffff/ffff')).toBeUndefined();
		expect(parseBackgroundReply('')).toBeUndefined();
	});

	test('DA1 ends the wait', () => {
		expect(isQueryAnswered('\u001B]11;rgb:0/0/0\u0007')).toBe(false);
		expect(isQueryAnswered('\u001B]11;rgb:0/0/0\u0007\u001B[?64;1;9c')).toBe(true);
	});

	test('a light background gets light, a dark one or none gets dark', () => {
		expect(themeForBackground([255, 255, 255])).toBe('light');
		expect(themeForBackground([253, 246, 227])).toBe('light');
		expect(themeForBackground([30, 30, 46])).toBe('dark');
		expect(themeForBackground(undefined)).toBe('dark');
	});

	test('is asked only with a terminal on both ends that is not the Linux console', () => {
		expect(canQueryBackground({TERM: 'xterm-256color'}, true, true)).toBe(true);
		expect(canQueryBackground({TERM: 'linux'}, true, true)).toBe(false);
		expect(canQueryBackground({TERM: 'xterm'}, true, false)).toBe(false);
		expect(canQueryBackground({TERM: 'xterm'}, false, true)).toBe(false);
	});
});

describe('degrading a colour', () => {
	test('to the nearest of the 16 or the 256 that still passes on the background', () => {
		// The light theme's heading blue: the ANSI blue, not black, and never cyan (1.5:1 on white).
		expect(nearestPassing([0x00, 0x5F, 0x87], [255, 255, 255], 1)).toBe(4);
		// Bright yellow fails on white; the nearest passing of the 256 is a dark olive.
		const index = nearestPassing([0xFF, 0xFF, 0x00], [255, 255, 255], 2);
		expect(contrastRatio(xterm256(index), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
		expect(index).toBeGreaterThanOrEqual(16);
	});
});

describe('typedDuringQuery', () => {
	test('keeps the keys around and between the replies, in order, and nothing of the replies', () => {
		expect(typedDuringQuery('j\u001B]11;rgb:1e1e/1e1e/2e2e\u0007k\u001B[?62;22c\r')).toBe('jk\r');
		expect(typedDuringQuery('\u001B[?1;2c')).toBe('');
		expect(typedDuringQuery('/knee')).toBe('/knee');
	});
});
