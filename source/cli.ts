import meow from 'meow';
import type {Command, Context} from './io/context.js';
import type {CommandName} from './args/commands.js';
import type {FlagValues} from './args/flags.js';
import {exitCodes, formatError, UserError, usageError} from './core/errors.js';
import {formatCommandHelp, helpText} from './args/help.js';
import {meowFlags} from './args/flags.js';
import {resolveOptions} from './args/options.js';
import {parseArguments} from './args/parse.js';
import {loadSettings} from './io/settings.js';

// Each command loads only when it runs; a loader gets the flags only that command reads (new's, kiosk's).
const loaders: Readonly<Record<Exclude<CommandName, 'help'> | 'browse', (flags: FlagValues) => Promise<Command>>> = {
	browse: async () => (await import('./commands/browse.js')).browseOrList,
	list: async () => (await import('./commands/list.js')).list,
	read: async () => (await import('./commands/read.js')).read,
	contact: async () => (await import('./commands/contact.js')).contact,
	notices: async () => (await import('./commands/notices.js')).notices,
	mark: async () => (await import('./commands/mark.js')).mark,
	print: async () => (await import('./commands/print.js')).print,
	check: async () => (await import('./commands/check.js')).check,
	new: async flags => (await import('./commands/new.js')).newPost(flags),
	kiosk: async flags => (await import('./commands/kiosk.js')).kiosk(flags),
	sync: async flags => (await import('./commands/sync.js')).sync(flags),
	config: async () => (await import('./commands/config.js')).config,
	completion: async () => (await import('./commands/completion.js')).completion,
	__complete: async () => (await import('./commands/completion.js')).completeWords,
};

/** meow parses the arguments once; a flag given twice is its only error, and it is a usage error here. */
function parseOnce(argv: readonly string[], pkg: PackageFacts) {
	try {
		return meow(helpText, {
			importMeta: import.meta,
			// Given, so meow neither searches for package.json nor loads its normalizer (scripts/patches).
			pkg,
			argv: [...argv],
			// Unknown flags come back as flags, and parse.ts names them in one line with a suggestion.
			allowUnknownFlags: true,
			// A flag not given stays undefined, so "--no-color", "--color" and neither are three answers.
			booleanDefault: undefined,
			autoHelp: false,
			autoVersion: false,
			flags: meowFlags(),
		});
	} catch (error) {
		const flag = /The flag (--\S+) can only be set once/.exec((error as Error).message)?.[1];
		throw flag ? usageError(`${flag} was given more than once; give it once`) : error;
	}
}

/** What bin.ts read from package.json: --version and --help say it. */
export type PackageFacts = {readonly name: string; readonly version: string; readonly description: string};

async function main(argv: readonly string[], pkg: PackageFacts): Promise<number> {
	const cli = parseOnce(argv, pkg);
	const request = parseArguments(cli.input, cli.flags, argv);
	if (request.kind === 'version') {
		process.stdout.write(`${cli.pkg.version ?? ''}\n`);
		return 0;
	}

	if (request.kind === 'help') {
		process.stdout.write(request.command === undefined ? `${cli.help}\n` : formatCommandHelp(request.command));
		return 0;
	}

	const context: Context = {
		options: resolveOptions(request.flags, process.env, await loadSettings(process.env, process.stderr)),
		args: request.args,
		env: process.env,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
	};
	const command = await loaders[request.command === undefined || request.command === 'help' ? 'browse' : request.command](request.flags);
	return command(context);
}

/** The whole command line: sets the exit code; an error is one line on stderr, never a stack trace. */
export async function runCli(argv: readonly string[], pkg: PackageFacts): Promise<void> {
	try {
		process.exitCode = await main(argv, pkg);
	} catch (error) {
		if (process.env['DEBUG']?.includes('clinic-read')) {
			console.error(error);
		}

		process.stderr.write(`${formatError(error instanceof Error ? error.message : String(error))}\n`);
		process.exitCode = error instanceof UserError ? error.exitCode : exitCodes.failure;
	}
}
