import {existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {postsDirectory} from '../core/content/catalog.js';
import {displayPath, localIsoDate, slugOf} from '../core/check/check.js';
import {UserError, usageError} from '../core/errors.js';
import {formatNewPost, prepareNewPost, slugify} from '../core/content/new-post.js';
import {type Command, write} from '../io/context.js';
import {openEditor} from '../io/editor.js';

/** The flags only `new` reads; cli.ts passes them in, as Options holds what every command shares. */
export type NewFlags = {readonly date?: string | undefined; readonly tags?: string | undefined; readonly edit?: boolean | undefined};

function alreadyExists(file: string): UserError {
	return new UserError(`${file} already exists; nothing was written (edit that post, or choose another title)`);
}

/**
`new <title> [--date d] [--tags a,b] [--no-edit]`: write a post skeleton to <content>/posts/<slug>.md, never over an
existing post, and open it in $EDITOR when run at a terminal.
*/
export function newPost(flags: NewFlags): Command {
	return async context => {
		const [title, ...extra] = context.args;
		if (title === undefined || extra.length > 0) {
			throw usageError(title === undefined ? 'new needs a title, such as: clinic-read new "Knee pain after running"' : 'new takes one title; put it in quotes');
		}

		const post = prepareNewPost(title, {date: flags.date, tags: flags.tags, today: localIsoDate(new Date())});
		const slug = slugify(post.title);
		if (slug === '') {
			throw usageError('the title needs some letters or digits to make a file name from');
		}

		const cwd = process.cwd();
		const {contentDirectory} = context.options;
		if (!existsSync(contentDirectory)) {
			throw new UserError(`${displayPath(contentDirectory, cwd)}: no such folder; check --content or CLINIC_READ_CONTENT`);
		}

		const directory = postsDirectory(contentDirectory);
		mkdirSync(directory, {recursive: true});
		const file = path.join(directory, `${slug}.md`);
		// On a case-sensitive disk, Knee-Pain.md would still take the slug knee-pain.
		const taken = readdirSync(directory).find(name => name.endsWith('.md') && slugOf(name) === slug);
		if (taken !== undefined) {
			throw alreadyExists(displayPath(path.join(directory, taken), cwd));
		}

		try {
			writeFileSync(file, formatNewPost(post), {flag: 'wx'});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				throw alreadyExists(displayPath(file, cwd));
			}

			throw error;
		}

		// At a terminal the next step is writing the post; a script gets the path to do its own thing with.
		if (flags.edit !== false && context.stdin.isTTY && context.stdout.isTTY) {
			openEditor(context, file);
		}

		await write(context.stdout, `${displayPath(file, cwd)}\n`);
		return 0;
	};
}
