/** What a piece of text is, which decides how every theme shows it. */
export type Role =
	| 'title' | 'heading' | 'firstHeading' | 'subheading' | 'code' | 'quote' | 'strong' | 'em' | 'del' | 'link'
	| 'faint' | 'accent' | 'marker' | 'selected' | 'status' | 'alert' | 'match' | 'currentMatch';

/** A colour as `#rrggbb` (the value a truecolor terminal gets; fewer colours get the nearest that still passes). */
export type Style = {
	readonly color?: string;
	readonly bold?: boolean;
	readonly underline?: boolean;
	readonly italic?: boolean;
	readonly inverse?: boolean;
	readonly strikethrough?: boolean;
};

export type ThemeName = 'dark' | 'light' | 'high-contrast' | 'mono';
export const themeNames: readonly ThemeName[] = ['dark', 'light', 'high-contrast', 'mono'];
export type ThemeChoice = ThemeName | 'auto';

export type Theme = {
	readonly name: ThemeName;
	/** The background the colours are chosen for; `terminal` themes use no colour, only the terminal's own two. */
	readonly background: 'dark' | 'light' | 'terminal';
	readonly styles: Readonly<Record<Role, Style>>;
};

// Structure without colour: what high-contrast and mono share. Never dim: dim text is the first to fail contrast.
const structure: Readonly<Record<Role, Style>> = {
	title: {bold: true, underline: true},
	heading: {bold: true},
	firstHeading: {bold: true, underline: true},
	subheading: {bold: true},
	code: {bold: true},
	quote: {},
	strong: {bold: true},
	em: {underline: true},
	del: {strikethrough: true},
	link: {underline: true},
	faint: {},
	accent: {bold: true},
	marker: {bold: true},
	selected: {bold: true, inverse: true},
	status: {inverse: true},
	alert: {bold: true, inverse: true},
	match: {inverse: true},
	currentMatch: {inverse: true, bold: true, underline: true},
};

function coloured(colours: {heading: string; code: string; link: string; faint: string}): Readonly<Record<Role, Style>> {
	return {
		title: {bold: true, underline: true},
		heading: {bold: true, color: colours.heading},
		firstHeading: {bold: true, underline: true, color: colours.heading},
		// H3 and below: bold in the text's colour, so they stand apart from H2.
		subheading: {bold: true},
		code: {color: colours.code},
		quote: {italic: true},
		strong: {bold: true},
		em: {italic: true},
		del: {strikethrough: true, color: colours.faint},
		link: {underline: true, color: colours.link},
		faint: {color: colours.faint},
		accent: {bold: true, color: colours.heading},
		marker: {color: colours.heading},
		selected: {bold: true, color: colours.link},
		status: {inverse: true},
		// An urgent notice's mark: the terminal's own two colours swapped, the strongest contrast there is.
		alert: {bold: true, inverse: true},
		match: {inverse: true},
		// Inverse of a colour: the match stands on a block of the code colour, in the background's colour.
		currentMatch: {inverse: true, bold: true, color: colours.code},
	};
}

/** Every theme, measured by test/core/theme/contrast.test.ts: each coloured run at least 4.5:1 on its background. */
export const themes: Readonly<Record<ThemeName, Theme>> = {
	dark: {name: 'dark', background: 'dark', styles: coloured({heading: '#5fd7ff', code: '#ffd75f', link: '#87afff', faint: '#a8a8a8'})},
	light: {name: 'light', background: 'light', styles: coloured({heading: '#005f87', code: '#875f00', link: '#0000d7', faint: '#585858'})},
	'high-contrast': {name: 'high-contrast', background: 'terminal', styles: structure},
	mono: {name: 'mono', background: 'terminal', styles: {...structure, em: {italic: true}, quote: {italic: true}}},
};

export function isThemeChoice(name: string): name is ThemeChoice {
	return name === 'auto' || (themeNames as readonly string[]).includes(name);
}

/** Large print: no italic (hard to read at any size); emphasis is underlined instead. */
export function withoutItalic(theme: Theme): Theme {
	const styles = Object.fromEntries(Object.entries(theme.styles).map(([role, style]) => [
		role,
		style.italic ? {...style, italic: false, underline: role === 'em' ? true : style.underline} : style,
	])) as Record<Role, Style>;
	return {...theme, styles};
}
