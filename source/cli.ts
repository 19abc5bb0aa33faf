import meow from 'meow';
import type {Command, Context} from './commands/context.js';
import {exitCodes, formatError, UserError, usageError} from './core/errors.js';
import {explicitBoolean, findUnknownFlag, resolveOptions} from './options.js';

export const helpText = `
	Usage
	  $ clinic-read                      Browse the posts (a list of them when piped)
	  $ clinic-read list [--unread] [--json]
	  $ clinic-read read <slug|number|->  Read a post; - reads Markdown from stdin
	  $ clinic-read contact [--json]     The clinic's contact details
	  $ clinic-read mark <slug…|--all> [--unread]

	Options
	  --content <dir>  Posts and clinic.yml from <dir> (default: the bundled posts)
	  --width <n>      Wrap at <n> columns (plain text: 80)
	  --plain          Plain text, even in a terminal
	  --no-pager       Print the formatted article and exit
	  --color          Keep formatting when piped, as for less -R
	  --unread         list: only unread posts; mark: mark as unread
	  --all            mark: every post
	  --json           Output JSON
	  --help           Show this help
	  --version        Show the version

	Environment
	  CLINIC_READ_CONTENT     Same as --content
	  CLINIC_READ_CONFIG_DIR  Where read state is kept
	  NO_COLOR                No colour in the terminal

	Examples
	  $ clinic-read read trigger-point-therapy | lpr
	  $ clinic-read list --unread --json
	  $ cat notes.md | clinic-read read -
`;

const commands: Readonly<Record<string, () => Promise<Command>>> = {
	list: async () => (await import('./commands/list.js')).list,
	read: async () => (await import('./commands/read.js')).read,
	contact: async () => (await import('./commands/contact.js')).contact,
	mark: async () => (await import('./commands/mark.js')).mark,
};

const flags = {
	content: {type: 'string'},
	width: {type: 'string'},
	plain: {type: 'boolean', default: false},
	pager: {type: 'boolean', default: true},
	color: {type: 'boolean'},
	json: {type: 'boolean', default: false},
	unread: {type: 'boolean', default: false},
	all: {type: 'boolean', default: false},
} as const;

async function main(): Promise<number> {
	const cli = meow(helpText, {
		importMeta: import.meta,
		// meow reports unknown flags on two lines; they are caught below with one.
		allowUnknownFlags: true,
		flags,
	});

	const unknownFlag = findUnknownFlag(process.argv.slice(2), [...Object.keys(flags), 'help', 'version']);
	if (unknownFlag !== undefined) {
		throw usageError(`unknown flag "${unknownFlag}"; see "clinic-read --help"`);
	}

	const [name, ...args] = cli.input;
	const load = name === undefined ? async () => (await import('./commands/browse.js')).browseOrList : (Object.hasOwn(commands, name) ? commands[name] : undefined);
	if (!load) {
		throw usageError(`unknown command "${name}"; try list, read, contact or mark (see --help)`);
	}

	const context: Context = {
		options: resolveOptions({...cli.flags, color: explicitBoolean(process.argv.slice(2), 'color')}, process.env),
		args,
		env: process.env,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
	};
	const command = await load();
	return command(context);
}

try {
	process.exitCode = await main();
} catch (error) {
	if (process.env['DEBUG']?.includes('clinic-read')) {
		console.error(error);
	}

	process.stderr.write(`${formatError(error instanceof Error ? error.message : String(error))}\n`);
	process.exitCode = error instanceof UserError ? error.exitCode : exitCodes.failure;
}
