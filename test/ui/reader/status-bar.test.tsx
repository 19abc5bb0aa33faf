import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {StatusBar} from '../../../source/ui/reader/status-bar.js';
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

describe('StatusBar', () => {
	test.each([
		['the title, then the position and the way to help', {title: 'Back pain basics', percent: 42, read: true}, ' Back pain basics                     42%  ? help'],
		['"unread" until the post is read', {title: 'Back pain basics', percent: 0, read: false}, ' Back pain basics            unread    0%  ? help'],
		['the match after a search', {title: 'Back pain basics', percent: 100, read: true, search: {editing: false, query: 'stretch', match: 1, matches: 3}}, ' Back pain basics         match 2/3  100%  ? help'],
		['a search with no match says so', {title: 'Back', percent: 5, read: true, search: {editing: false, query: 'xyz', match: 0, matches: 0}}, ' Back               "xyz" not found    5%  ? help'],
		['an empty search adds nothing', {title: 'Back', percent: 5, read: true, search: {editing: false, query: '', match: 0, matches: 0}}, ' Back                                  5%  ? help'],
	])('%s', (_, props, expected) => {
		// The frame drops the bar's last cell, a space (it is there for the inverse bar to reach the edge).
		expect(frame(<StatusBar width={50} {...props} />)).toBe(expected);
	});

	test('a long title is cut with an ellipsis so the right side stays whole, wide characters included', () => {
		expect(frame(<StatusBar width={40} title="A Beginner's Guide to Trigger Point Therapy" percent={7} read={false} />))
			.toBe(' A Beginner\'s Gui… unread    7%  ? help');
		const wide = frame(<StatusBar width={40} title={'中文字符测试'.repeat(4)} percent={7} read />);
		expect(wide).toBe(' 中文字符测试中文字符测试…   7%  ? help');
		expect(stringWidth(wide)).toBe(39);
	});
});

describe('StatusBar in a theme', () => {
	test('while typing a search, the query and an inverse cursor replace the bar', () => {
		const instance = render(inTheme(<StatusBar width={40} title="Back pain basics" percent={7} read search={{editing: true, query: 'knee', match: 0, matches: 0}} />));
		unmount = instance.unmount;
		expect(instance.lastFrame()).toBe('/knee\u001B[7m \u001B[27m');
	});

	test('the bar itself is inverse, edge to edge', () => {
		const instance = render(inTheme(<StatusBar width={30} title="Back" percent={7} read />));
		unmount = instance.unmount;
		expect(instance.lastFrame()).toBe('\u001B[7m Back              7%  ? help \u001B[27m');
	});
});
