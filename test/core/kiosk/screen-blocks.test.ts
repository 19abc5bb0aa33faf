import {expect, test} from 'vitest';
import {screenRanges} from '../../../source/core/kiosk/screen-blocks.js';

const plain = ['First a', 'First b', 'First c', '', 'Heading', '', 'Second a', 'Second b', '', '• Tip one a', '  tip one b', '• Tip two a', '  tip two b'];
const markdown = 'First a First b First c\n\n## Heading\n\nSecond a Second b\n\n- Tip one a tip one b\n- Tip two a tip two b\n';

test('a heading moves to the next screen with its text; a tip moves whole', () => {
	expect(screenRanges(plain, markdown, 5)).toEqual([{start: 0, end: 3}, {start: 4, end: 8}, {start: 9, end: 13}]);
});

test('everything on one screen when it fits', () => {
	expect(screenRanges(plain, markdown, 20)).toEqual([{start: 0, end: 13}]);
});

test('a paragraph taller than the screen is split, never with one line alone', () => {
	const long = Array.from({length: 9}, (_, index) => `line ${index}`);
	const ranges = screenRanges(long, long.join(' '), 4);
	expect(ranges.map(({start, end}) => end - start).every(size => size >= 2 && size <= 4)).toBe(true);
	expect(ranges.at(-1)!.end).toBe(9);
	expect(screenRanges([], '', 5)).toEqual([{start: 0, end: 0}]);
});
