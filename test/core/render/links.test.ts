import {describe, expect, test} from 'vitest';
import {hyperlink, isClickable} from '../../../source/core/render/links.js';

describe('isClickable', () => {
	test.each([
		['https://example.com/knee', true],
		['http://example.com', true],
		['HTTPS://EXAMPLE.COM', true],
		['mailto:front@example.com', true],
		['tel:+19052703086', true],
		['javascript:alert(1)', false],
		['file:///etc/passwd', false],
		['data:text/html,hi', false],
		['example.com', false],
		['/relative/path', false],
		['', false],
		['https://example.com/a b', false],
		['https://example.com/\u001B]0;x\u0007', false],
		['https://exämple.com', false],
	])('%j → %s', (href, expected) => {
		expect(isClickable(href)).toBe(expected);
	});
});

describe('hyperlink', () => {
	test('wraps the label in an OSC 8 link ended by ST', () => {
		expect(hyperlink('Book online', 'https://example.com/book')).toBe('\u001B]8;;https://example.com/book\u001B\\Book online\u001B]8;;\u001B\\');
	});
});
