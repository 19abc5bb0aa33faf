import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {PostDetails} from '../../../source/ui/reader/post-details.js';
import {fakePost} from '../../helpers/content.js';


const post = fakePost('arthritis', {
	summary: 'How gentle movement eases stiff joints, and which exercises to start with at home.',
	author: 'A. Writer',
	readingMinutes: 4,
	tags: ['arthritis', 'exercise'],
});

describe('PostDetails', () => {
	test('the summary wrapped to the width, then author, reading time and tags on the last row', () => {
		expect(frame(<PostDetails post={post} width={40} height={4} />)).toBe([
			'How gentle movement eases stiff joints,',
			'and which exercises to start with at',
			'home.',
			'A. Writer  ·  4 min read  ·  #arthritis…',
		].join('\n'));
	});

	test('a summary longer than its rows ends in an ellipsis', () => {
		expect(frame(<PostDetails post={post} width={40} height={3} />).split('\n').slice(0, 2)).toEqual([
			'How gentle movement eases stiff joints,',
			'and which exercises to start with at …',
		]);
	});

	test('a short summary keeps the facts on the bottom row', () => {
		const lines = frame(<PostDetails post={fakePost('x', {summary: 'Short.', tags: []})} width={40} height={4} />).split('\n');
		expect(lines).toEqual(['Short.', '', '', '1 min read']);
	});

	test('no post: an empty box of the same height', () => {
		expect(frame(<PostDetails width={40} height={3} />)).toBe('\n\n');
	});
});
