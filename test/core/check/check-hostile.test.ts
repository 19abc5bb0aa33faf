import {describe, expect, test} from 'vitest';
import {checkPost} from '../../../source/core/check/check-post.js';
import {checkBody} from '../../../source/core/check/check-links.js';

describe('check on hostile input', () => {
	test('a 50,000-row table: every cell is visited on its own line, once', () => {
		const rows = Array.from({length: 50_000}, (_, index) => `| ${index} | [x](ftp://host/${index}) |`);
		const problems = checkBody(`| a | b |\n|---|---|\n${rows.join('\n')}\n`);
		expect(problems).toHaveLength(50_000);
		expect(problems[0]!.line).toBe(3);
		expect(problems.at(-1)!.line).toBe(50_002);
	});
});

test('a 200,000-row table: its drawn width is measured without a stack overflow', () => {
	const rows = Array.from({length: 200_000}, (_, index) => `| ${index % 10} |`);
	expect(() => checkPost(`---\ntitle: Rows\ndate: 2026-01-01\n---\n| n |\n|---|\n${rows.join('\n')}\n`, '2026-06-01')).not.toThrow();
});
