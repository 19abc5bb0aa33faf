import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {KeyHints} from '../../../source/ui/reader/key-hints.js';


describe('KeyHints', () => {
	test.each([
		['list', 'j down  k up  Space page  Enter open  / filter  n next unread  c contact  ? help  q quit'],
		['article', 'j down  k up  Space page  / search  t contents  L links  ] next post  c contact  ? help'],
	] as const)('the %s screen\'s hints from the keymap, two spaces apart', (screen, expected) => {
		expect(frame(<KeyHints screen={screen} width={100} />)).toBe(expected);
	});

	test('a narrow footer keeps the contact card, help and quit, on one line', () => {
		expect(frame(<KeyHints screen="list" width={30} />)).toBe('c contact  ? help  q quit');
		expect(frame(<KeyHints screen="list" width={40} />)).toBe('j down  k up  c contact  ? help  q quit');
	});
});
