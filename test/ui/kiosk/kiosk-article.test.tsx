import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {KioskArticle} from '../../../source/ui/kiosk/kiosk-article.js';
import {inTheme} from '../../helpers/paint.js';


const base = {title: ['Knee pain'], big: false, byline: 'A. Writer · October 3, 2022 · 2 min read', lines: ['First line.', '', 'Third line.'], bodyHeight: 4, measure: 40, margin: 2};

describe('KioskArticle', () => {
	test('a gap, the title, the byline, a gap, then the body in a box of the body\'s height, all at the margin', () => {
		expect(frame(<KioskArticle {...base} />)).toBe([
			'',
			'  Knee pain',
			'  A. Writer · October 3, 2022 · 2 min read',
			'',
			'  First line.',
			'',
			'  Third line.',
			'',
		].join('\n'));
	});

	test('the QR code sits beside the byline and the body, three columns after the text column', () => {
		expect(frame(<KioskArticle {...base} qr={{rows: ['▀▄', '▄▀'], caption: 'Scan', deep: false}} />)).toBe([
			'',
			'  Knee pain',
			'  A. Writer · October 3, 2022 · 2 min read    \u001B[30m\u001B[47m▀▄\u001B[49m\u001B[39m',
			'                                              \u001B[30m\u001B[47m▄▀\u001B[49m\u001B[39m',
			'  First line.                                Scan',
			'',
			'  Third line.',
			'',
		].join('\n'));
	});

	test('a byline wider than the text column is cut with an ellipsis', () => {
		expect(frame(<KioskArticle {...base} byline={'word '.repeat(20)} />).split('\n')[2]).toBe('  word word word word word word word word…');
	});

	test('big-letter rows, one a line, blank rows kept', () => {
		expect(frame(<KioskArticle {...base} title={['█▀▀ █', '', '▀▀▀ ▀']} big />).split('\n').slice(0, 5)).toEqual(['', '  █▀▀ █', '', '  ▀▀▀ ▀', '  A. Writer · October 3, 2022 · 2 min read']);
	});
});

describe('KioskArticle in a theme', () => {
	test('a big title is bold in the heading colour (bright cyan in dark at 16 colours); a bold one is bold only', () => {
		expect(frame(inTheme(<KioskArticle {...base} title={['█▀▀']} big />)).split('\n')[1]).toBe('  \u001B[96m\u001B[1m█▀▀\u001B[22m\u001B[39m');
		expect(frame(inTheme(<KioskArticle {...base} />)).split('\n')[1]).toBe('  \u001B[1mKnee pain\u001B[22m');
		expect(frame(inTheme(<KioskArticle {...base} title={['█▀▀']} big />, 'high-contrast')).split('\n')[1]).toBe('  \u001B[1m█▀▀\u001B[22m');
	});
});
