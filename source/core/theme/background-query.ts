import {isLight} from './contrast.js';
import type {Rgb} from './palette.js';
import type {ThemeName} from './themes.js';

/**
What `auto` sends: OSC 11 asks for the background colour, then DA1 (`ESC [ c`), which every terminal answers. A terminal
that ignores OSC 11 still answers DA1, so the answer to DA1 ends the wait at once (as Neovim and bat do).
*/
export const backgroundQuery = '\u001B]11;?\u001B\\\u001B[c';

// ESC ] 11 ; rgb:RRRR/GGGG/BBBB, ended by BEL or ST; 1 to 4 hex digits a channel (XParseColor).
// eslint-disable-next-line no-control-regex
const colourReply = /\u001B\]11;rgba?:([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(?:\/[\da-f]{1,4})?(?:\u0007|\u001B\\)/i;
// eslint-disable-next-line no-control-regex
const deviceAttributesReply = /\u001B\[\?[\d;]*c/;

/** Whether `input` so far holds the DA1 answer, after which nothing more will come. */
export function isQueryAnswered(input: string): boolean {
	return deviceAttributesReply.test(input);
}

/** What the user typed while the query was out (keys for the reader): the input without the terminal's replies. */
export function typedDuringQuery(input: string): string {
	return input.replace(colourReply, '').replace(deviceAttributesReply, '');
}

/** The background colour in a terminal's answer, or undefined when it did not say. */
export function parseBackgroundReply(input: string): Rgb | undefined {
	const match = colourReply.exec(input);
	if (!match) {
		return undefined;
	}

	const channel = (digits: string) => Math.round((Number.parseInt(digits, 16) / ((16 ** digits.length) - 1)) * 255);
	return [channel(match[1]!), channel(match[2]!), channel(match[3]!)];
}

/** The theme for a background colour; dark when the terminal would not say (most terminals are dark). */
export function themeForBackground(background: Rgb | undefined): ThemeName {
	return background && isLight(background) ? 'light' : 'dark';
}

/**
Whether asking can work: only a terminal on both ends can answer, and the Linux console prints OSC it does not know.
*/
export function canQueryBackground(env: Readonly<Record<string, string | undefined>>, stdinIsTTY: boolean, stdoutIsTTY: boolean): boolean {
	return stdinIsTTY && stdoutIsTTY && env['TERM'] !== 'linux' && env['TERM'] !== 'dumb';
}
