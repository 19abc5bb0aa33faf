import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {helpRows} from '../../../source/core/reader/keymap.js';
import {HelpOverlay} from '../../../source/ui/reader/help-overlay.js';


describe('HelpOverlay', () => {
	test('every key of the list, from the keymap, in a box', () => {
		const shown = frame(<HelpOverlay screen="list" width={60} height={30} top={0} />);
		for (const [keys, help] of helpRows('list')) {
			expect(shown).toMatch(new RegExp(`│  ${keys.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)} +${help.slice(0, 20).replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)}`));
		}

		expect(shown).toContain('│  Keys in the list ');
		expect(shown).toContain('│  j/k scroll  ·  any other key goes back ');
	});

	test('the article\'s keys under their own title', () => {
		const shown = frame(<HelpOverlay screen="article" width={60} height={30} top={0} />);
		expect(shown).toContain('│  Keys while reading');
		expect(shown).toContain('│  d Ctrl-D             down half a page');
		expect(shown).toContain('│  Esc ← h              back to the list');
		expect(shown).not.toContain('filter by title');
	});

	test('a short screen shows the rows that fit, and still says how to go back', () => {
		expect(frame(<HelpOverlay screen="article" width={60} height={10} top={0} />)).toBe([
			'╭──────────────────────────────────────────────────────────╮',
			'│  Keys while reading                                      │',
			'│  j ↓                  down one line                      │',
			'│  k ↑                  up one line                        │',
			'│  Space f PgDn Ctrl-F  down one page (at the end: the n…  │',
			'│  b PgUp Ctrl-B        up one page                        │',
			'│  d Ctrl-D             down half a page                   │',
			'│  u Ctrl-U             up half a page                     │',
			'│  ↓ 20 more  ·  j/k scroll  ·  any other key goes back    │',
			'╰──────────────────────────────────────────────────────────╯',
		].join('\n'));
	});
});
