import {expect, test} from 'vitest';
import {wholeNumber} from '../../source/args/whole-number.js';

const limits = {min: 20, max: 1000};

test.each(['abc', '-5', '+5', '0', '19', '1001', '1.5', '', ' ', '1e3', '0x20', '9007199254740993'])('rejects %j with one usage line naming the flag', value => {
	expect(() => wholeNumber('width', value, limits)).toThrow(expect.objectContaining({exitCode: 2, message: expect.stringMatching(/^--width must be a whole number from 20 to 1000, not ".*"$/)}));
});

test('accepts digits within the limits, with spaces around them', () => {
	expect(wholeNumber('width', '20', limits)).toBe(20);
	expect(wholeNumber('width', ' 72 ', limits)).toBe(72);
	expect(wholeNumber('width', '1000', limits)).toBe(1000);
});

test('an escape sequence in the value is not echoed raw', () => {
	expect(() => wholeNumber('wpm', '\u001B]0;x\u0007', limits)).toThrow(expect.objectContaining({message: expect.not.stringContaining('\u001B')}));
});
