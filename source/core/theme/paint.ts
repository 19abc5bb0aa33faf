import {Chalk, type ChalkInstance} from 'chalk';
import {contrastRatio, minimumContrast} from './contrast.js';
import {ansiNames, parseHex, type Rgb, xterm256, xtermAnsi} from './palette.js';
import type {Role, Theme} from './themes.js';

/** 0 for no escape codes at all, then 16, 256 and truecolor (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Text in the look `role` has in the theme, as SGR codes for the colour level. */
export type Paint = (role: Role, text: string) => string;

const backgrounds = {dark: [0, 0, 0], light: [255, 255, 255]} as const satisfies Record<string, Rgb>;

function distance(first: Rgb, second: Rgb): number {
	return ((first[0] - second[0]) ** 2) + ((first[1] - second[1]) ** 2) + ((first[2] - second[2]) ** 2);
}

/**
The palette entry nearest `wanted` among those with at least 4.5:1 on `background`: the 16 ANSI colours at level 1, the
cube and greys of the 256 at level 2 (the first 16 are the ones users retune). The answer is its index.
*/
export function nearestPassing(wanted: Rgb, background: Rgb, level: 1 | 2): number {
	const indexes = level === 1 ? xtermAnsi.map((_, index) => index) : Array.from({length: 240}, (_, index) => index + 16);
	const passing = indexes.filter(index => contrastRatio(xterm256(index), background) >= minimumContrast);
	return passing.reduce((best, index) => (distance(xterm256(index), wanted) < distance(xterm256(best), wanted) ? index : best));
}

function colour(chalk: ChalkInstance, hex: string, theme: Theme, level: 1 | 2 | 3): ChalkInstance {
	if (level === 3 || theme.background === 'terminal') {
		return chalk.hex(hex);
	}

	const index = nearestPassing(parseHex(hex), backgrounds[theme.background], level);
	return level === 2 ? chalk.ansi256(index) : chalk[ansiNames[index]!];
}

/** One painter per theme and level; each role's chalk chain is built once. */
export function createPaint(theme: Theme, level: ColorLevel): Paint {
	if (level === 0) {
		return (_role, text) => text;
	}

	const chalk = new Chalk({level});
	const chains = new Map<Role, ChalkInstance>();
	const chainFor = (role: Role) => {
		let chain = chains.get(role);
		if (!chain) {
			const style = theme.styles[role];
			chain = style.color ? colour(chalk, style.color, theme, level) : chalk;
			for (const modifier of ['bold', 'underline', 'italic', 'inverse', 'strikethrough'] as const) {
				if (style[modifier]) {
					chain = chain[modifier];
				}
			}

			chains.set(role, chain);
		}

		return chain;
	};

	// chalk returns an empty string unchanged, and a chain with no style returns the text as it is.
	return (role, text) => chainFor(role)(text);
}
