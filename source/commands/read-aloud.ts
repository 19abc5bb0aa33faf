import {createInterface} from 'node:readline';
import {renderSpokenArticle} from '../core/render/markdown-spoken.js';
import {answer, type LineSession, promptFor, type Reply, startSession} from '../core/reader/line-session.js';
import type {Post} from '../core/content/post.js';
import {plainWidth} from '../args/options.js';
import {type Context, clinicOf, loadPosts, write} from '../io/context.js';
import {openReadState} from '../io/read-state.js';

/**
The reader for screen readers (--screen-reader, CLINIC_READ_SCREEN_READER=1): numbered lines and a prompt, in the
terminal's normal screen, with the terminal's own line editing. readline runs with `terminal: false`, so it never
writes a cursor movement; core/reader/line-session.ts decides every line.
*/
export async function readAloud(context: Context, {posts = loadPosts(context), initialSlug}: {readonly posts?: readonly Post[]; readonly initialSlug?: string} = {}): Promise<number> {
	const clinic = clinicOf(context);
	const store = await openReadState(context, 'write');
	const {stdout, stdin} = context;
	const width = context.options.width ?? stdout.columns ?? plainWidth;
	const articleLines = (post: Post) => renderSpokenArticle({post, clinic}, width);
	let session: LineSession = {
		posts,
		read: new Set(posts.filter(post => store.isRead(post.slug)).map(post => post.slug)),
		// A screenful and the line above it ("Post 3 of 11.") and the prompt below it fit on the screen together.
		pageLength: Math.max(3, (stdout.rows ?? 24) - 2),
		single: false,
	};

	// Prints a reply and applies its marks; true when the session is over.
	const show = async (reply: Reply): Promise<boolean> => {
		session = reply.session;
		for (const effect of reply.effects) {
			if (effect.type === 'mark') {
				store.setRead([effect.slug], effect.read);
			}
		}

		const done = reply.effects.some(effect => effect.type === 'quit');
		const lines = reply.output.map(line => `${line}\n`).join('');
		await write(stdout, done ? lines : lines + promptFor(session));
		return done;
	};

	if (await show(startSession(session, articleLines, initialSlug))) {
		return 0;
	}

	const lines = createInterface({input: stdin, terminal: false});
	try {
		for await (const line of lines) {
			if (await show(answer(session, line, articleLines))) {
				break;
			}
		}
	} finally {
		lines.close();
	}

	return 0;
}
