import {readdirSync} from 'node:fs';
import path from 'node:path';
import {postsDirectory} from '../core/content/catalog.js';
import {readContentText} from '../core/content/content-file.js';
import {checkContent, displayPath, formatCheck, localIsoDate, type Source} from '../core/check/check.js';
import {clinicFile} from '../core/content/clinic.js';
import {usageError} from '../core/errors.js';
import {noticesDirectory} from '../core/notices/notices.js';
import {type Command, write} from '../io/context.js';

function readError(error: unknown, missing: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ENOENT' ? missing : `cannot read (${code ?? 'error'})`;
}

function readSource(file: string, shown: string, missing: string): Source {
	// The same reader and limits as loadCatalog, which skips such a file.
	const read = readContentText(file);
	if ('problem' in read) {
		return {file: shown, error: read.code === 'ENOENT' ? missing : read.problem};
	}

	return {file: shown, text: read.text};
}

/**
`check [--json]`: validate clinic.yml and every post like a CI job; exit 1 when there is an error, 0 with only warnings.
*/
export const check: Command = async context => {
	if (context.args.length > 0) {
		throw usageError('check takes no arguments; use --content to choose the folder');
	}

	const cwd = process.cwd();
	const {contentDirectory} = context.options;
	const directory = postsDirectory(contentDirectory);
	let posts: readonly Source[] | {file: string; error: string};
	try {
		posts = readdirSync(directory)
			.filter(name => name.endsWith('.md'))
			.sort()
			.map(name => readSource(path.join(directory, name), displayPath(path.join(directory, name), cwd), 'cannot read'));
	} catch (error) {
		posts = {file: displayPath(directory, cwd), error: readError(error, 'no such folder; posts go in <content>/posts/<slug>.md')};
	}

	// Notices are optional: no folder, nothing to check.
	const noticeFolder = noticesDirectory(contentDirectory);
	let notices: Source[] = [];
	try {
		notices = readdirSync(noticeFolder).filter(name => name.endsWith('.md')).sort().map(name => readSource(path.join(noticeFolder, name), displayPath(path.join(noticeFolder, name), cwd), 'cannot read'));
	} catch {
		// No notices folder: nothing to check.
	}

	const clinic = clinicFile(contentDirectory);
	const result = checkContent({
		clinic: readSource(clinic, displayPath(clinic, cwd), 'no such file; the clinic\'s name, phone, city and booking go here'),
		posts,
		notices,
		today: localIsoDate(new Date()),
	});
	await write(context.stdout, context.options.json ? `${JSON.stringify(result, undefined, 2)}\n` : formatCheck(result));
	return result.errors > 0 ? 1 : 0;
};
