import type {Rgb} from './palette.js';

function linear(channel: number): number {
	const value = channel / 255;
	return value <= 0.040_45 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.2 relative luminance, 0 for black to 1 for white. */
export function relativeLuminance([red, green, blue]: Rgb): number {
	return (0.2126 * linear(red)) + (0.7152 * linear(green)) + (0.0722 * linear(blue));
}

/** WCAG 2.2 contrast ratio, from 1 (none) to 21 (black on white). Body text needs 4.5 (success criterion 1.4.3). */
export function contrastRatio(first: Rgb, second: Rgb): number {
	const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

export const minimumContrast = 4.5;

/** Whether text on `background` reads better in black than in white: how a light background is told from a dark one. */
export function isLight(background: Rgb): boolean {
	return contrastRatio(background, [0, 0, 0]) > contrastRatio(background, [255, 255, 255]);
}
