import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {QrCode} from '../../../source/ui/kiosk/qr-code.js';

let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
});

function frame(element: React.ReactElement): string {
	const instance = render(<Box width={12}>{element}</Box>);
	unmount = instance.unmount;
	return instance.lastFrame()!;
}

const rows = ['▀▄ █', '█ ▄▀'];

describe('QrCode', () => {
	// The suite runs with FORCE_COLOR=0: these colours are there anyway, because a code needs them to scan.
	test('dark modules on a light ground in the basic colours, with the caption centred under it', () => {
		expect(frame(<QrCode rows={rows} caption="Scan to book" deep={false} />)).toBe([
			'    \u001B[30m\u001B[47m▀▄ █\u001B[49m\u001B[39m',
			'    \u001B[30m\u001B[47m█ ▄▀\u001B[49m\u001B[39m',
			'Scan to book',
		].join('\n'));
	});

	test('256-colour black and white where the terminal has them, not the theme\'s own black and white', () => {
		expect(frame(<QrCode rows={rows} caption="Scan" deep />).split('\n')).toEqual([
			'\u001B[38;5;16m\u001B[48;5;231m▀▄ █\u001B[49m\u001B[39m',
			'\u001B[38;5;16m\u001B[48;5;231m█ ▄▀\u001B[49m\u001B[39m',
			'Scan',
		]);
	});
});
