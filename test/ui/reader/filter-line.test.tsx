import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {FilterLine, filterCursorColumn} from '../../../source/ui/reader/filter-line.js';
import {frame} from '../../helpers/frame.js';
import {inTheme} from '../../helpers/paint.js';

describe('FilterLine', () => {
	test('the query, the count and the keys while typing; the keys go first when it is narrow, then the start of the query', () => {
		expect(frame(<FilterLine query="knee" editing shown={2} total={12} width={60} />)).toBe('/knee   2 of 12  ·  Enter keep  ·  Esc clear');
		expect(frame(<FilterLine query="knee" editing shown={2} total={12} width={20} />)).toBe('/knee   2 of 12');
		expect(frame(<FilterLine query="a very long query typed here" editing shown={0} total={12} width={24} />)).toBe('/…y typed here   0 of 12');
	});

	test('the terminal\'s cursor goes where the next character will: after what is shown of the query', () => {
		expect(filterCursorColumn('knee', 2, 12, 60)).toBe(5);
		expect(filterCursorColumn('膝の痛み', 2, 12, 60)).toBe(9);
		const cut = frame(<FilterLine query="a very long query typed here" editing shown={0} total={12} width={24} />);
		expect(filterCursorColumn('a very long query typed here', 0, 12, 24)).toBe(stringWidth(cut.split('   ')[0]!));
	});

	test('in a theme: the slash and the typing cursor are the theme\'s, the count faint', () => {
		expect(frame(inTheme(<FilterLine query="knee" editing shown={2} total={12} width={20} />))).toBe('\u001B[96m/\u001B[39mknee\u001B[7m \u001B[27m\u001B[90m  2 of 12\u001B[39m');
	});
});
