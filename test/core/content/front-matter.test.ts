import {describe, expect, test} from 'vitest';
import {findKeyLine} from '../../../source/core/content/front-matter.js';

describe('findKeyLine', () => {
	test('finds keys quoted or not, but not nested ones or values', () => {
		const lines = ['"title": x', 'image:', '  alt: y', 'summary: "date: no"', "'date': 2026-01-01"];
		expect([findKeyLine(lines, 'title'), findKeyLine(lines, 'alt'), findKeyLine(lines, 'date'), findKeyLine(lines, 'url')]).toEqual([1, undefined, 5, undefined]);
	});
});
