import type {Post} from '../content/post.js';
import {formatLongDate} from '../render/byline.js';
import {sanitizeLine} from '../text/sanitize.js';

/**
The screen-reader mode as a conversation: what to print, and for which typed line. Nothing is ever redrawn, so the
whole session stays in the scrollback and a screen reader reads each line once, as it arrives.
*/
export type LineSession = {
	readonly posts: readonly Post[];
	readonly read: ReadonlySet<string>;
	/** Lines a screenful: the terminal's rows less the prompt and one line above (the "Post 3 of 11." that opens it). */
	readonly pageLength: number;
	/** The open article and how many of its lines are printed; undefined in the list. */
	readonly article?: {readonly slug: string; readonly lines: readonly string[]; readonly shown: number};
	/** Opened straight from the shell (`read 3`): the end of the article ends the session. */
	readonly single: boolean;
};

export type LineEffect = {readonly type: 'mark'; readonly slug: string; readonly read: boolean} | {readonly type: 'quit'};

export type Reply = {readonly session: LineSession; readonly output: readonly string[]; readonly effects: readonly LineEffect[]};

export type ArticleLines = (post: Post) => readonly string[];

export const greeting = 'Screen-reader mode is on: plain lines, nothing redrawn. To turn it off, run clinic-read without --screen-reader and without CLINIC_READ_SCREEN_READER=1.';

const listPrompt = 'Type a post number and press Enter, l to list the posts again, or q to quit: ';
const morePrompt = 'Enter for more, m to mark read or unread, q to stop: ';

/** "3. Can Physiotherapy Help You Avoid Surgery? — January 10, 2026, unread"; a pinned post says so first. */
export function spokenListLine(post: Post, position: number, read: boolean): string {
	const facts = [post.pinned ? 'pinned' : undefined, post.date ? formatLongDate(post.date) : undefined, read ? 'read' : 'unread'];
	return `${position}. ${post.title} — ${facts.filter(Boolean).join(', ')}`;
}

function listing(session: LineSession): string[] {
	const unread = session.posts.filter(post => !session.read.has(post.slug)).length;
	return [
		`${session.posts.length} ${session.posts.length === 1 ? 'post' : 'posts'}, ${unread} unread.`,
		...session.posts.map((post, index) => spokenListLine(post, index + 1, session.read.has(post.slug))),
	];
}

/** The prompt that ends what was printed: a post number in the list, more or stop in an article. */
export function promptFor(session: LineSession): string {
	return session.article ? morePrompt : listPrompt;
}

function withRead(read: ReadonlySet<string>, slug: string, isRead: boolean): ReadonlySet<string> {
	const next = new Set(read);
	if (isRead) {
		next.add(slug);
	} else {
		next.delete(slug);
	}

	return next;
}

/** The next screenful of the open article; at its end, back to the list (or the end, when opened from the shell). */
function more(session: LineSession): Reply {
	const {article} = session;
	if (!article) {
		return {session, output: [], effects: []};
	}

	const shown = Math.min(article.lines.length, article.shown + session.pageLength);
	const output = article.lines.slice(article.shown, shown);
	if (shown < article.lines.length) {
		return {session: {...session, article: {...article, shown}}, output, effects: []};
	}

	const {article: _closed, ...list} = session;
	return session.single
		? {session: list, output, effects: [{type: 'quit'}]}
		: {session: list, output: [...output, 'Back to the list.'], effects: []};
}

function open(session: LineSession, index: number, articleLines: ArticleLines): Reply {
	const post = session.posts[index]!;
	const opened: LineSession = {...session, read: withRead(session.read, post.slug, true), article: {slug: post.slug, lines: articleLines(post), shown: 0}};
	const reply = more(opened);
	return {
		...reply,
		output: [`Post ${index + 1} of ${session.posts.length}.`, ...reply.output],
		effects: [{type: 'mark', slug: post.slug, read: true}, ...reply.effects],
	};
}

/** The first lines of a session: the mode and how to leave it, then the list, or the article asked for. */
export function startSession(session: LineSession, articleLines: ArticleLines, slug?: string): Reply {
	const index = slug === undefined ? -1 : session.posts.findIndex(post => post.slug === slug);
	const reply = index === -1 ? {session, output: listing(session), effects: []} : open({...session, single: true}, index, articleLines);
	return {...reply, output: [greeting, ...reply.output]};
}

function toggleRead(session: LineSession, slug: string): Reply {
	const isRead = !session.read.has(slug);
	const title = session.posts.find(post => post.slug === slug)?.title ?? slug;
	return {session: {...session, read: withRead(session.read, slug, isRead)}, output: [`Marked ${isRead ? 'read' : 'unread'}: ${title}`], effects: [{type: 'mark', slug, read: isRead}]};
}

/** What a typed line does: a number opens that post, Enter reads on, m marks, q stops the article or quits. */
export function answer(session: LineSession, typed: string, articleLines: ArticleLines): Reply {
	const input = typed.trim().toLowerCase();
	if (session.article) {
		if (input === 'q') {
			const {article: _closed, ...list} = session;
			return session.single ? {session: list, output: [], effects: [{type: 'quit'}]} : {session: list, output: ['Stopped. Back to the list.'], effects: []};
		}

		return input === 'm' ? toggleRead(session, session.article.slug) : more(session);
	}

	if (input === 'q') {
		return {session, output: [], effects: [{type: 'quit'}]};
	}

	if (input === 'l' || input === '') {
		return {session, output: listing(session), effects: []};
	}

	const marking = /^m\s*(\d+)$/.exec(input);
	const number = Number(marking?.[1] ?? input);
	if (/^\d+$/.test(marking?.[1] ?? input) && number >= 1 && number <= session.posts.length) {
		return marking ? toggleRead(session, session.posts[number - 1]!.slug) : open(session, number - 1, articleLines);
	}

	const range = session.posts.length === 0 ? 'There are no posts.' : `Type a number from 1 to ${session.posts.length}, m and a number to mark it, or q to quit.`;
	return {session, output: [`"${sanitizeLine(typed.trim())}" is not a post number. ${range}`], effects: []};
}
