import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {HelpOverlay} from '../../../source/ui/reader/help-overlay.js';

let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
});

function frame(element: React.ReactElement): string {
	const instance = render(element);
	unmount = instance.unmount;
	return instance.lastFrame()!;
}

describe('HelpOverlay', () => {
	test('every key of the list, from the keymap, in a box in the middle', () => {
		expect(frame(<HelpOverlay screen="list" width={60} height={20} top={0} />)).toBe([
			'',
			'      ╭──────────────────────────────────────────────╮',
			'      │  Keys in the list                            │',
			'      │                                              │',
			'      │  j ↓           down one line                 │',
			'      │  k ↑           up one line                   │',
			'      │  Space f PgDn  down one page                 │',
			'      │  b PgUp        up one page                   │',
			'      │  g Home        go to the top                 │',
			'      │  G End         go to the bottom              │',
			'      │  Enter → l     open the post                 │',
			'      │  /             filter by title, tag or text  │',
			'      │  m             mark read / unread            │',
			'      │  c             contact the clinic            │',
			'      │  ?             show all keys                 │',
			'      │  Esc           clear the filter              │',
			'      │  q Ctrl-C      quit                          │',
			'      │                                              │',
			'      │  Press any key to go back.                   │',
			'      ╰──────────────────────────────────────────────╯',
		].join('\n'));
	});

	test('the article\'s keys under their own title', () => {
		const shown = frame(<HelpOverlay screen="article" width={60} height={30} top={0} />);
		expect(shown).toContain('│  Keys while reading');
		expect(shown).toContain('│  d             down half a page');
		expect(shown).toContain('│  q Esc ← h     back to the list');
		expect(shown).not.toContain('filter by title');
	});

	test('a short screen shows the rows that fit, and still says how to go back', () => {
		expect(frame(<HelpOverlay screen="article" width={60} height={10} top={0} />)).toBe([
			'              ╭───────────────────────────────╮',
			'              │  Keys while reading           │',
			'              │                               │',
			'              │  j ↓           down one line  │',
			'              │  k ↑           up one line    │',
			'              │  Space f PgDn  down one page  │',
			'              │  b PgUp        up one page    │',
			'              │                               │',
			'              │  Press any key to go back.    │',
			'              ╰───────────────────────────────╯',
		].join('\n'));
	});
});
