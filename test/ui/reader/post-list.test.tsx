import {describe, expect, test} from 'vitest';
import {frame} from '../../helpers/frame.js';
import {PostList} from '../../../source/ui/reader/post-list.js';
import {fakePost} from '../../helpers/content.js';


const posts = [
	fakePost('arthritis', {title: 'Arthritis care', date: '2026-01-25'}),
	fakePost('back-pain', {title: 'Back pain basics', date: '2026-01-18'}),
	fakePost('calf-strain', {title: 'Calf strain recovery after a long run', date: '2026-01-10'}),
	fakePost('desk', {title: 'Desk posture', date: '2026-01-02'}),
];

describe('PostList', () => {
	test('pointer on the selected post, a dot on each unread one, then date and title', () => {
		expect(frame(<PostList posts={posts} selected={1} top={0} height={4} width={60} read={new Set(['arthritis'])} />)).toBe([
			'    2026-01-25  Arthritis care',
			'❯ ● 2026-01-18  Back pain basics',
			'  ● 2026-01-10  Calf strain recovery after a long run',
			'  ● 2026-01-02  Desk posture',
		].join('\n'));
	});

	test('only the window from `top` that fits the height', () => {
		expect(frame(<PostList posts={posts} selected={2} top={1} height={2} width={60} read={new Set()} />)).toBe([
			'  ● 2026-01-18  Back pain basics',
			'❯ ● 2026-01-10  Calf strain recovery after a long run',
		].join('\n'));
	});

	test('a title too long for the width is cut with an ellipsis', () => {
		expect(frame(<PostList posts={posts.slice(2, 3)} selected={0} top={0} height={1} width={36} read={new Set()} />)).toBe('❯ ● 2026-01-10  Calf strain recover…');
	});

	test('no posts: one line says so', () => {
		expect(frame(<PostList posts={[]} selected={0} top={0} height={3} width={60} read={new Set()} />)).toBe('No posts match.\n\n');
	});
});
