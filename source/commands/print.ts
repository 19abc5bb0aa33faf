import {usageError} from '../core/errors.js';
import {handoutDefaults, largeHandout, renderHandout} from '../core/print/handout.js';
import {resolvePost} from '../core/content/lookup.js';
import {type Command, clinicOf, loadPosts, write} from '../io/context.js';

/**
`print <slug…|--all>`: paginated plain-text handouts for a printer, each article from a new page with its own page numbers.
*/
export const print: Command = async context => {
	const page = context.options.large ? largeHandout : handoutDefaults;
	const {all, contact, ascii, width = page.width, pageLength = page.pageLength} = context.options;
	if (all === (context.args.length > 0)) {
		throw usageError(all ? 'give either slugs or --all, not both' : 'print needs one or more slugs, or --all');
	}

	const posts = loadPosts(context);
	// Every reference is checked before anything is printed, so a typo never wastes half a print run.
	const chosen = all ? posts : context.args.map(reference => resolvePost(posts, reference));
	const clinic = clinicOf(context);
	// Staff print handouts for patients, so printing never marks a post read.
	const toAscii = ascii ? (await import('any-ascii')).default : undefined;
	await write(context.stdout, chosen.map(post => renderHandout({post, clinic}, {width, pageLength, contact, ...(toAscii ? {toAscii} : {})})).join(''));
	return 0;
};
