/** A colour as red, green and blue, 0 to 255 each. */
export type Rgb = readonly [number, number, number];

/** xterm's default 16 colours (XTerm-col.ad): what a theme's ANSI colours look like on a terminal nobody retuned. */
export const xtermAnsi: readonly Rgb[] = [
	[0x00, 0x00, 0x00], [0xCD, 0x00, 0x00], [0x00, 0xCD, 0x00], [0xCD, 0xCD, 0x00],
	[0x00, 0x00, 0xEE], [0xCD, 0x00, 0xCD], [0x00, 0xCD, 0xCD], [0xE5, 0xE5, 0xE5],
	[0x7F, 0x7F, 0x7F], [0xFF, 0x00, 0x00], [0x00, 0xFF, 0x00], [0xFF, 0xFF, 0x00],
	[0x5C, 0x5C, 0xFF], [0xFF, 0x00, 0xFF], [0x00, 0xFF, 0xFF], [0xFF, 0xFF, 0xFF],
];

/** chalk's names for the 16 colours, in SGR order (30–37, then 90–97). */
export const ansiNames = [
	'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white',
	'blackBright', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright',
] as const;

const cubeLevels = [0, 0x5F, 0x87, 0xAF, 0xD7, 0xFF] as const;

/** Colour `index` of xterm's 256: the 16 above, a 6×6×6 cube, then 24 greys. */
export function xterm256(index: number): Rgb {
	if (index < 16) {
		return xtermAnsi[index]!;
	}

	if (index < 232) {
		const cube = index - 16;
		return [cubeLevels[Math.floor(cube / 36)]!, cubeLevels[Math.floor(cube / 6) % 6]!, cubeLevels[cube % 6]!];
	}

	const grey = 8 + (10 * (index - 232));
	return [grey, grey, grey];
}

/** `#rrggbb` to its three channels. */
export function parseHex(hex: string): Rgb {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF];
}

export function toHex([red, green, blue]: Rgb): string {
	return `#${[red, green, blue].map(channel => channel.toString(16).padStart(2, '0')).join('')}`;
}
