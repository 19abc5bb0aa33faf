import {describe, expect, test} from 'vitest';
import {answer, greeting, type LineSession, promptFor, startSession} from '../../../source/core/reader/line-session.js';
import {fakePost} from '../../helpers/content.js';

const posts = [
	fakePost('knees', {title: 'Knees', date: '2026-01-25'}),
	fakePost('backs', {title: 'Backs', date: '2026-01-18'}),
	fakePost('surgery', {title: 'Can Physiotherapy Help You Avoid Surgery?', date: '2026-01-10'}),
];
const lines = Array.from({length: 7}, (_, index) => `line ${index + 1}`);
const articleLines = () => lines;
const session: LineSession = {posts, read: new Set(['backs']), pageLength: 3, single: false};

describe('the screen-reader conversation', () => {
	test('starts by saying the mode is on and how to leave it, then the numbered posts', () => {
		const {output} = startSession(session, articleLines);
		expect(output[0]).toBe(greeting);
		expect(output.slice(1)).toEqual([
			'3 posts, 2 unread.',
			'1. Knees — January 25, 2026, unread',
			'2. Backs — January 18, 2026, read',
			'3. Can Physiotherapy Help You Avoid Surgery? — January 10, 2026, unread',
		]);
		expect(promptFor(session)).toMatch(/post number.*q to quit/);
	});

	test('a number opens that post a screenful at a time and marks it read; Enter reads on; the end goes back to the list', () => {
		const opened = answer(session, ' 3 ', articleLines);
		expect(opened.output).toEqual(['Post 3 of 3.', 'line 1', 'line 2', 'line 3']);
		expect(opened.effects).toEqual([{type: 'mark', slug: 'surgery', read: true}]);
		expect(promptFor(opened.session)).toMatch(/^Enter for more.*q to stop/);
		const second = answer(opened.session, '', articleLines);
		expect(second.output).toEqual(['line 4', 'line 5', 'line 6']);
		const last = answer(second.session, '', articleLines);
		expect(last.output).toEqual(['line 7', 'Back to the list.']);
		expect(last.session.article).toBeUndefined();
		expect(answer(last.session, 'l', articleLines).output).toContain('3. Can Physiotherapy Help You Avoid Surgery? — January 10, 2026, read');
	});

	test('q stops an article, then quits; m marks the open post, m N a listed one', () => {
		const opened = answer(session, '1', articleLines).session;
		const marked = answer(opened, 'm', articleLines);
		expect(marked.effects).toEqual([{type: 'mark', slug: 'knees', read: false}]);
		const stopped = answer(marked.session, 'q', articleLines);
		expect(stopped.output).toEqual(['Stopped. Back to the list.']);
		expect(answer(stopped.session, 'm 2', articleLines).effects).toEqual([{type: 'mark', slug: 'backs', read: false}]);
		expect(answer(stopped.session, 'q', articleLines).effects).toEqual([{type: 'quit'}]);
	});

	test('anything else says what to type, with typed escapes removed', () => {
		expect(answer(session, '9', articleLines).output).toEqual(['"9" is not a post number. Type a number from 1 to 3, m and a number to mark it, or q to quit.']);
		expect(answer(session, 'x\u001B]0;title\u0007', articleLines).output[0]).not.toContain('\u001B');
	});

	test('read NUMBER from the shell: the post, and the end of it ends the session', () => {
		const started = startSession(session, articleLines, 'surgery');
		expect(started.output.slice(0, 2)).toEqual([greeting, 'Post 3 of 3.']);
		const rest = answer(answer(started.session, '', articleLines).session, '', articleLines);
		expect(rest.effects).toEqual([{type: 'quit'}]);
		expect(answer(started.session, 'q', articleLines).effects).toEqual([{type: 'quit'}]);
	});
});
