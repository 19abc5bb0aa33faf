import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {bigFonts, bigTitle} from '../../../source/core/kiosk/big-title.js';
import {drawArticle} from '../../../source/core/kiosk/article-screen.js';
import {kioskLayout} from '../../../source/core/kiosk/layout.js';
import {qrHalfBlocks, qrModules, qrTarget} from '../../../source/core/kiosk/qr.js';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';

describe('bigTitle', () => {
	test('the largest font whose lines fit the width and the rows', () => {
		const large = bigTitle('Knee pain', 200, 20)!;
		expect(large).toHaveLength(5);
		expect(large.join('')).toMatch(/^[█ ]+$/);
		const smaller = bigTitle('Knee pain', 60, 4)!;
		expect(smaller).toHaveLength(3);
		expect(smaller.join('')).toMatch(/[┏━┓]/);
	});

	test('wraps at spaces, up to three lines, each within the width', () => {
		const rows = bigTitle('Physiotherapy for Arthritis: Easing Stiff, Painful Joints', 99, 9, ['Future'])!;
		expect(rows).toHaveLength(6);
		expect(rows.every(row => stringWidth(row) <= 99)).toBe(true);
		expect(bigTitle('one two three four five six seven eight nine ten eleven twelve', 40, 100, ['Future'])).toBeUndefined();
	});

	test('undefined when nothing fits, or for letters the fonts lack; typographic quotes are folded', () => {
		expect(bigTitle('Supercalifragilistic', 20, 10)).toBeUndefined();
		expect(bigTitle('Knee', 200, 2)).toBeUndefined();
		expect(bigTitle('Genou → douleur', 200, 20)).toBeUndefined();
		expect(bigTitle('Café', 200, 20)).toBeUndefined();
		expect(bigTitle('A Beginner’s Guide', 200, 20)).toEqual(bigTitle('A Beginner\'s Guide', 200, 20));
		// Future has no "#": the next font is tried, and none is left.
		expect(bigTitle('Tip #1', 200, 20, ['Future'])).toBeUndefined();
	});
});

describe('on the Linux console (TERM=linux)', () => {
	const consoleFonts = bigFonts.filter(font => font.consoleSafe).map(font => font.name);
	// Code page 437's upper half: what the Linux console's default font can draw besides ASCII.
	const cp437 = new Set([...'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■']);

	test('the console fonts draw with code page 437 only', () => {
		for (const font of consoleFonts) {
			const drawn = bigTitle('ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ?!:-\'', 100_000, 100, [font]) ?? [];
			expect(drawn.length).toBeGreaterThan(0);
			expect([...drawn.join('')].filter(character => character.codePointAt(0)! > 0x7E && !cp437.has(character))).toEqual([]);
		}
	});

	test.each([[120, 33], [120, 40]])('at %i×%i most posts get a big title', (columns, rows) => {
		const {posts} = loadCatalog('content');
		const code = qrHalfBlocks(qrModules(qrTarget(loadClinic('content'))));
		const layout = kioskLayout(columns, rows - 1, {columns: code[0]!.length, rows: code.length});
		const big = posts.filter(post => drawArticle(post, layout, () => [], consoleFonts).big);
		expect(big.length).toBeGreaterThanOrEqual(Math.ceil(posts.length * 0.7));
	});
});
