/** Everything a key can do in the reader. */
export type Action =
	| 'line-down' | 'line-up' | 'page-down' | 'page-up' | 'half-down' | 'half-up' | 'top' | 'bottom' | 'percent'
	| 'open' | 'back' | 'close' | 'quit' | 'next-post' | 'previous-post' | 'toggle-read' | 'open-url' | 'reload'
	| 'search' | 'next-match' | 'previous-match' | 'filter' | 'contact' | 'help'
	| 'contents' | 'next-heading' | 'previous-heading' | 'links'
	| 'next-unread' | 'only-unread' | 'mark-all-read';

/** Where a key is pressed: the list, the pager, or a menu over it (help, contents, links). */
export type Screen = 'list' | 'article' | 'menu';

export type Binding = {
	readonly keys: readonly string[];
	readonly action: Action;
	readonly help: string;
	/** A word or two for the footer. */
	readonly hint?: string;
	readonly screens: readonly Screen[];
};

const all: readonly Screen[] = ['list', 'article', 'menu'];
const both: readonly Screen[] = ['list', 'article'];

/**
The one keymap: input handling, the footer, the `?` help and the README's key tables all read it. Keys follow less,
glow and newsboat. A count typed before G, g or % (12G, 50%) goes to that line or percent.
*/
export const keymap: readonly Binding[] = [
	{keys: ['j', 'down'], action: 'line-down', help: 'down one line', hint: 'down', screens: all},
	{keys: ['k', 'up'], action: 'line-up', help: 'up one line', hint: 'up', screens: all},
	{keys: ['space', 'f', 'pagedown', 'ctrl+f'], action: 'page-down', help: 'down one page', hint: 'page', screens: ['list', 'menu']},
	{keys: ['space', 'f', 'pagedown', 'ctrl+f'], action: 'page-down', help: 'down one page (at the end: the next unread post)', hint: 'page', screens: ['article']},
	{keys: ['b', 'pageup', 'ctrl+b'], action: 'page-up', help: 'up one page', screens: all},
	{keys: ['d', 'ctrl+d'], action: 'half-down', help: 'down half a page', screens: ['article']},
	{keys: ['u', 'ctrl+u'], action: 'half-up', help: 'up half a page', screens: ['article']},
	{keys: ['g', 'home'], action: 'top', help: 'go to the top', screens: ['list', 'menu']},
	{keys: ['G', 'end'], action: 'bottom', help: 'go to the bottom', screens: ['list', 'menu']},
	{keys: ['g', 'home'], action: 'top', help: 'go to the top (12g: to line 12)', screens: ['article']},
	{keys: ['G', 'end'], action: 'bottom', help: 'go to the bottom (12G: to line 12)', screens: ['article']},
	{keys: ['%'], action: 'percent', help: 'after a number: go that far in (50%)', screens: ['article']},
	{keys: ['enter', 'right', 'l'], action: 'open', help: 'open the post', hint: 'open', screens: ['list']},
	{keys: ['enter'], action: 'open', help: 'go there / open it', hint: 'go', screens: ['menu']},
	{keys: ['/'], action: 'filter', help: 'filter by title, tag or text', hint: 'filter', screens: ['list']},
	{keys: ['n'], action: 'next-unread', help: 'next unread post', hint: 'next unread', screens: ['list']},
	{keys: ['u'], action: 'only-unread', help: 'show only unread posts, or all', screens: ['list']},
	{keys: ['A'], action: 'mark-all-read', help: 'mark all shown posts read (asks first)', screens: ['list']},
	{keys: ['/'], action: 'search', help: 'search in the article', hint: 'search', screens: ['article']},
	{keys: ['n'], action: 'next-match', help: 'next match', screens: ['article']},
	{keys: ['N'], action: 'previous-match', help: 'previous match', screens: ['article']},
	{keys: ['t'], action: 'contents', help: 'table of contents', hint: 'contents', screens: ['article']},
	{keys: ['}'], action: 'next-heading', help: 'next heading', screens: ['article']},
	{keys: ['{'], action: 'previous-heading', help: 'previous heading', screens: ['article']},
	{keys: ['L'], action: 'links', help: "the post's links (a number opens one)", hint: 'links', screens: ['article']},
	{keys: [']'], action: 'next-post', help: 'next post', hint: 'next post', screens: ['article']},
	{keys: ['['], action: 'previous-post', help: 'previous post', screens: ['article']},
	{keys: ['m'], action: 'toggle-read', help: 'mark read / unread', hint: 'read/unread', screens: both},
	{keys: ['o'], action: 'open-url', help: "open the post's web page", screens: ['article']},
	{keys: ['r'], action: 'reload', help: 'redraw, and reload the post from disk', screens: ['article']},
	{keys: ['c'], action: 'contact', help: 'contact the clinic', hint: 'contact', screens: both},
	{keys: ['?'], action: 'help', help: 'show all keys', hint: 'help', screens: both},
	{keys: ['q'], action: 'close', help: 'back to the list (quit if opened with read)', hint: 'back', screens: ['article']},
	{keys: ['escape', 'left', 'h'], action: 'back', help: 'back to the list', screens: ['article']},
	{keys: ['q', 'escape'], action: 'back', help: 'close', hint: 'close', screens: ['menu']},
	{keys: ['escape'], action: 'back', help: 'clear the filter', screens: ['list']},
	{keys: ['q', 'ctrl+c'], action: 'quit', help: 'quit', hint: 'quit', screens: ['list']},
	{keys: ['ctrl+c'], action: 'quit', help: 'quit', screens: ['article', 'menu']},
];

/** The Ink key flags this module reads; kept structural so core needs no Ink import. */
export type KeyFlags = {
	readonly upArrow: boolean;
	readonly downArrow: boolean;
	readonly leftArrow: boolean;
	readonly rightArrow: boolean;
	readonly pageDown: boolean;
	readonly pageUp: boolean;
	readonly home: boolean;
	readonly end: boolean;
	readonly return: boolean;
	readonly escape: boolean;
	readonly backspace: boolean;
	readonly delete: boolean;
	readonly tab: boolean;
	readonly ctrl: boolean;
};

const namedKeys: ReadonlyArray<readonly [keyof KeyFlags, string]> = [
	['upArrow', 'up'], ['downArrow', 'down'], ['leftArrow', 'left'], ['rightArrow', 'right'],
	['pageDown', 'pagedown'], ['pageUp', 'pageup'], ['home', 'home'], ['end', 'end'],
	['return', 'enter'], ['escape', 'escape'], ['backspace', 'backspace'], ['delete', 'backspace'], ['tab', 'tab'],
];

// Inside a run of keys, Ink passes Enter, Tab and Backspace as raw characters.
const controlCharacters: Readonly<Record<string, string>> = {' ': 'space', '\r': 'enter', '\n': 'enter', '\t': 'tab', '\u007F': 'backspace', '\b': 'backspace'};

/** Key names for one input event. A run of printable keys arriving together ("jjjj") is every key, in order. */
export function keyNames(input: string, key: KeyFlags): string[] {
	const named = namedKeys.find(([flag]) => key[flag]);
	if (named) {
		return [named[1]];
	}

	if (key.ctrl) {
		return [`ctrl+${input.toLowerCase()}`];
	}

	return [...input].map(character => controlCharacters[character] ?? character);
}

/** The action a key has on a screen, if any. */
export function actionFor(name: string, screen: Screen): Action | undefined {
	return keymap.find(binding => binding.screens.includes(screen) && binding.keys.includes(name))?.action;
}

const keyLabels: Readonly<Record<string, string>> = {
	backspace: 'Backspace', tab: 'Tab', up: '↑', down: '↓', left: '←', right: '→', pagedown: 'PgDn', pageup: 'PgUp', enter: 'Enter', escape: 'Esc', space: 'Space', home: 'Home', end: 'End', 'ctrl+c': 'Ctrl-C', 'ctrl+f': 'Ctrl-F', 'ctrl+b': 'Ctrl-B', 'ctrl+d': 'Ctrl-D', 'ctrl+u': 'Ctrl-U',
};

export function keyLabel(name: string): string {
	return keyLabels[name] ?? name;
}

/** Help rows for one screen: ["j ↓", "down one line"]. */
export function helpRows(screen: Screen): Array<[keys: string, help: string]> {
	return keymap.filter(binding => binding.screens.includes(screen)).map(binding => [binding.keys.map(name => keyLabel(name)).join(' '), binding.help]);
}

// Whatever the width, the clinic's contact card, the way to every other key and the way out stay in the footer.
const alwaysHinted: ReadonlySet<Action> = new Set(['contact', 'help', 'quit']);

/** The footer's key hints for a screen, as many as fit in `width` columns joined by two spaces; contact, help and quit always. */
export function footerHints(screen: Screen, width: number, measure: (text: string) => number): string[] {
	const hints = keymap
		.filter(binding => binding.hint && binding.screens.includes(screen))
		.map(binding => ({text: `${keyLabel(binding.keys[0]!)} ${binding.hint!}`, kept: alwaysHinted.has(binding.action)}));
	const cost = (text: string) => measure(text) + 2;
	let room = width + 2 - hints.filter(hint => hint.kept).reduce((total, hint) => total + cost(hint.text), 0);
	return hints
		.filter(hint => {
			if (hint.kept) {
				return true;
			}

			room -= cost(hint.text);
			return room >= 0;
		})
		.map(hint => hint.text);
}
