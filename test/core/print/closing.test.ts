import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadCatalog} from '../../../source/core/content/catalog.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {renderHandout} from '../../../source/core/print/handout.js';
import {glueClosing, isClosingCall} from '../../../source/core/print/closing.js';
import {root} from '../../helpers/cli.js';
import {fakePost} from '../../helpers/content.js';

const content = path.join(root, 'content');
const {posts} = loadCatalog(content);
const clinic = loadClinic(content);
const pagesOf = (output: string) => output.slice(0, -1).split('\f').map(page => page.split('\n'));
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a handout on paper', () => {
	const cases = posts.flatMap(post => [[72, 66], [40, 40], [60, 30]].map(([width, pageLength]) => ({post, width: width!, pageLength: pageLength!})));

	test.each(cases)('$post.slug at $width×$pageLength: the contact once, the phone at most twice a page, no tel: or app instructions', ({post, width, pageLength}) => {
		const output = renderHandout({post, clinic}, {width, pageLength, contact: true});
		expect(count(output, 'Phone:')).toBe(1);
		expect(output).not.toMatch(/tel:|clinic-read|press `?c`?/i);
		for (const page of pagesOf(output)) {
			expect(count(page.join('\n'), clinic.phone)).toBeLessThanOrEqual(2);
		}
	});

	test.each(cases)('$post.slug at $width×$pageLength: the last page holds some of the article, never only the closing blocks', ({post, width, pageLength}) => {
		const pages = pagesOf(renderHandout({post, clinic}, {width, pageLength, contact: true}));
		const first = pages.at(-1)!.slice(2, -2).find(line => line !== '')!;
		expect(first).not.toBe(clinic.name);
		expect(clinic.disclaimer!.startsWith(first)).toBe(false);
	});

	test('--no-contact keeps the one-line sign-off instead, so the clinic is still named once', () => {
		const output = renderHandout({post: posts[0]!, clinic}, {width: 72, pageLength: 66, contact: false});
		expect(output).not.toContain('Phone:');
		expect(count(output, 'Delta Physiotherapy & Rehab - 905-270-3086')).toBe(1);
	});
});

describe('the closing call and the glue', () => {
	test('the closing call is the last paragraph giving the phone or naming the app; other text stays', () => {
		const paragraph = (text: string) => ({kind: 'paragraph', lines: [text], gap: 1} as const);
		expect(isClosingCall(paragraph('Call us at 905-270-3086 today.'), clinic)).toBe(true);
		expect(isClosingCall(paragraph('Press c in clinic-read.'), clinic)).toBe(true);
		expect(isClosingCall(paragraph('Walk every day.'), clinic)).toBe(false);
		expect(isClosingCall({kind: 'list-item', lines: ['- 905-270-3086'], gap: 1}, clinic)).toBe(false);
		const post = fakePost('p', {body: 'First.\n\nCall [905-270-3086](tel:+19052703086) to book.'});
		expect(renderHandout({post, clinic}, {width: 72, pageLength: 66, contact: true})).not.toContain('to book.');
	});

	test('glueing carries the last two lines of a long paragraph, or a whole short block, with the closing blocks', () => {
		const text = {kind: 'paragraph', lines: ['a', 'b', 'c', 'd', 'e'], gap: 1} as const;
		const contact = {kind: 'other', lines: ['Clinic', 'Phone: 1'], gap: 1} as const;
		const disclaimer = {kind: 'paragraph', lines: ['Not advice.'], gap: 1} as const;
		expect(glueClosing([text, contact, disclaimer], 1)).toEqual([
			{kind: 'paragraph', lines: ['a', 'b', 'c'], gap: 1},
			{kind: 'other', lines: ['d', 'e', '', 'Clinic', 'Phone: 1', '', 'Not advice.'], gap: 0},
		]);
		const item = {kind: 'list-item', lines: ['- one'], gap: 1} as const;
		expect(glueClosing([item, contact], 1)).toEqual([{kind: 'other', lines: ['- one', '', 'Clinic', 'Phone: 1'], gap: 1}]);
	});
});
