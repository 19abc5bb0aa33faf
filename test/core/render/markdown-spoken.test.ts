import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {renderSpokenArticle} from '../../../source/core/render/markdown-spoken.js';
import {root} from '../../helpers/cli.js';
import {fakePost} from '../../helpers/content.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};
const glyph = /[\u2500-\u25FF\u2190-\u21FF\u276F\u203A]/;

describe('an article for a screen reader', () => {
	test('says its structure in words: headings, lists, quotes, code and tables as "Header: value"', () => {
		const body = '## Exercises\n\n- one\n- two\n\n> Said\n\n```\nx = 1\n```\n\n| Exercise | Sets |\n| --- | --- |\n| Squat | 3 |\n\n---\n\n1. first';
		const lines = renderSpokenArticle({post: fakePost('a', {title: 'Knees', body}), clinic}, 80);
		expect(lines[0]).toBe('Title: Knees');
		expect(lines.slice(2)).toEqual([
			'Heading level 2: Exercises',
			'List of 2 items.', 'one', 'two', 'End of list.',
			'Quote.', 'Said', 'End of quote.',
			'Code.', 'x = 1', 'End of code.',
			'Table of 1 row.', 'Row 1.', 'Exercise: Squat', 'Sets: 3', 'End of table.',
			'List of 1 item.', '1. first', 'End of list.',
			'End of article.',
			'Test Clinic, 905-555-0100, Book online',
		]);
	});

	test('every bundled article: within the width, no escape, no drawn glyph, no blank line', () => {
		const content = path.join(root, 'content');
		for (const post of loadCatalog(content).posts) {
			const lines = renderSpokenArticle({post, clinic: loadClinic(content)}, 60);
			for (const line of lines) {
				expect(stringWidth(line), line).toBeLessThanOrEqual(60);
				expect(line).not.toMatch(glyph);
				expect(line).not.toContain('\u001B');
				expect(line.trim()).not.toBe('');
			}
		}
	});
});
