import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {ArticleView} from '../../../source/ui/reader/article-view.js';
import {inTheme} from '../../helpers/paint.js';

let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
});

function frame(element: React.ReactElement): string {
	const instance = render(element);
	unmount = instance.unmount;
	return instance.lastFrame()!;
}

const lines = ['Knee pain', '', 'Stretch the knee gently.', 'Then rest the KNEE.', '', 'Walk a little every day.', 'The end.'];

describe('ArticleView', () => {
	test('the lines from the offset that fit the height, blank lines kept', () => {
		expect(frame(<ArticleView lines={lines} offset={1} height={4} margin={0} query="" />)).toBe(['', 'Stretch the knee gently.', 'Then rest the KNEE.', ''].join('\n'));
	});

	test('a margin centres the measure', () => {
		expect(frame(<ArticleView lines={lines} offset={0} height={1} margin={4} query="" />)).toBe('    Knee pain');
	});

	test('past the end the box keeps its height', () => {
		expect(frame(<ArticleView lines={lines} offset={6} height={3} margin={0} query="" />)).toBe('The end.\n\n');
	});

	test('styled lines keep their styles when nothing is searched', () => {
		const styled = ['\u001B[1mKnee pain\u001B[22m'];
		const {lastFrame, unmount: done} = render(<ArticleView lines={styled} offset={0} height={1} margin={0} query="" />);
		unmount = done;
		expect(lastFrame()).toBe('\u001B[1mKnee pain\u001B[22m');
	});
});

describe('ArticleView with a search', () => {
	const inverse = (text: string) => `\u001B[7m${text}\u001B[27m`;
	// The dark theme at 16 colours: the code colour (bright yellow), bold, reversed.
	const current = (text: string) => `\u001B[93m\u001B[1m\u001B[7m${text}\u001B[27m\u001B[22m\u001B[39m`;

	test('every match is inverse whatever its case, the current line\'s bold and coloured too; other lines are untouched', () => {
		const instance = render(inTheme(<ArticleView lines={lines} offset={0} height={4} margin={0} query="knee" currentLine={3} />));
		unmount = instance.unmount;
		expect(instance.lastFrame()).toBe([
			`${inverse('Knee')} pain`,
			'',
			`Stretch the ${inverse('knee')} gently.`,
			`Then rest the ${current('KNEE')}.`,
		].join('\n'));
	});

	test('two matches on a line, and a styled line searched as its plain text', () => {
		const instance = render(inTheme(<ArticleView lines={['\u001B[1mknee to knee\u001B[22m']} offset={0} height={1} margin={0} query="knee" />));
		unmount = instance.unmount;
		expect(instance.lastFrame()).toBe(`${inverse('knee')} to ${inverse('knee')}`);
	});
});
