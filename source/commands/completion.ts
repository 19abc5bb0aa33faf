import {Writable} from 'node:stream';
import {completionScript, type Shell, shells} from '../args/completion.js';
import {usageError} from '../core/errors.js';
import {type Command, loadPosts, write} from '../io/context.js';

/** `completion bash|zsh|fish`: the script, generated from the flag table, for the shell to source. */
export const completion: Command = async context => {
	const [shell, ...extra] = context.args;
	if (shell === undefined || extra.length > 0 || !shells.includes(shell as Shell)) {
		throw usageError(`completion needs one of ${shells.join(', ')}, such as: source <(clinic-read completion bash)`);
	}

	await write(context.stdout, completionScript(shell as Shell));
	return 0;
};

/**
`__complete slugs|tags`: what the completion scripts offer, one a line, from the content folder's index. Quiet: a
broken post is no reason to print warnings into the middle of a command line.
*/
export const completeWords: Command = async context => {
	const [kind] = context.args;
	const posts = loadPosts({...context, stderr: new Writable({write: (_chunk, _encoding, done) => done()})});
	const words = kind === 'tags' ? [...new Set(posts.flatMap(post => post.tags))].sort() : posts.map(post => post.slug);
	await write(context.stdout, words.length > 0 ? `${words.join('\n')}\n` : '');
	return 0;
};
