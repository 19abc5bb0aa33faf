import {describe, expect, test} from 'vitest';
import {exitCodes, formatError, UserError, usageError} from '../../source/core/errors.js';

describe('UserError', () => {
	test('is an Error meant for the person at the terminal, a failure (exit 1) unless told otherwise', () => {
		const error = new UserError('no post "knee" (try clinic-read list)');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('UserError');
		expect(error.message).toBe('no post "knee" (try clinic-read list)');
		expect(error.exitCode).toBe(1);
		expect(new UserError('busy', 3).exitCode).toBe(3);
	});

	test('usageError exits 2, as meow does for a bad flag', () => {
		const error = usageError('--width must be a whole number');
		expect(error).toBeInstanceOf(UserError);
		expect(error.exitCode).toBe(exitCodes.usage);
		expect(exitCodes).toEqual({ok: 0, failure: 1, usage: 2});
	});
});

describe('formatError', () => {
	test.each([
		['a plain message', 'no post "knee"', 'clinic-read: no post "knee"'],
		['folded to one line', 'first line\nsecond\tline ', 'clinic-read: first line second line'],
		['escapes from an argument never reach the terminal', 'no post "\u001B]0;pwned\u0007\u001B[2Jknee\u009B31m"', 'clinic-read: no post "knee"'],
		['a bidi override is removed', 'no post "\u202Eeenk"', 'clinic-read: no post "eenk"'],
	])('%s', (_, message, expected) => {
		expect(formatError(message)).toBe(expected);
	});
});
