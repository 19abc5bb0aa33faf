import {UserError, usageError} from '../core/errors.js';
import {resolvePost} from '../core/content/lookup.js';
import {type Command, loadPosts, saveFailure, write} from '../io/context.js';
import {openReadState} from '../io/read-state.js';

/** `mark <slug…|--all> [--unread]`: every reference is checked before anything changes. */
export const mark: Command = async context => {
	const {all, unread} = context.options;
	if (all === (context.args.length > 0)) {
		throw usageError(all ? 'give either slugs or --all, not both' : 'mark needs one or more slugs, or --all');
	}

	const posts = loadPosts(context);
	const chosen = all ? posts : context.args.map(reference => resolvePost(posts, reference));
	const store = await openReadState(context, 'write');
	const result = store.setRead(chosen.map(post => post.slug), !unread);
	if (!result.saved) {
		throw new UserError(saveFailure(store.directory, result.reason));
	}

	const count = new Set(chosen.map(post => post.slug)).size;
	await write(context.stdout, `Marked ${count} ${count === 1 ? 'post' : 'posts'} ${unread ? 'unread' : 'read'}.\n`);
	return 0;
};
