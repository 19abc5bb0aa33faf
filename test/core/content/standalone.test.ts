import {describe, expect, test} from 'vitest';
import {parseStandalone} from '../../../source/core/content/standalone.js';

describe('parseStandalone', () => {
	test('takes the first heading as the title when there is no front matter', () => {
		expect(parseStandalone('# My notes\n\nHello there.')).toMatchObject({title: 'My notes', body: 'Hello there.', slug: 'stdin', date: ''});
	});

	test('uses front matter when it is a whole post', () => {
		expect(parseStandalone('---\ntitle: "Hello: world"\ndate: 2026-01-02\n---\nBody.')).toMatchObject({title: 'Hello: world', date: '2026-01-02'});
	});

	test('a title without a date is still the title, not "Standard input"', () => {
		const warnings: string[] = [];
		const post = parseStandalone('---\ntitle: Knee notes\nauthor: Ana\n---\n# Heading\n\nText.', message => warnings.push(message));
		expect(post).toMatchObject({title: 'Knee notes', author: 'Ana', date: '', body: '# Heading\n\nText.'});
		expect(warnings).toEqual([]);
	});

	test('broken front matter is one warning, and the Markdown after it is still read', () => {
		const warnings: string[] = [];
		const post = parseStandalone('---\ntitle: [unclosed\n---\n# Notes\n\nText.', message => warnings.push(message));
		expect(post).toMatchObject({title: 'Notes', body: 'Text.'});
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^standard input: broken front matter \(.+\); reading the rest as Markdown$/);
	});
});

test('a body that starts with a 4-space-indented block keeps it (a code block, not a paragraph)', () => {
	const post = parseStandalone('---\ntitle: Code first\ndate: 2026-01-01\n---\n\n    npm install\n    npm test\n\nThen read on.\n');
	expect(post.body).toBe('    npm install\n    npm test\n\nThen read on.');
});
