import meow from 'meow';
import type {Command, Context} from './io/context.js';
import type {KioskFlags} from './args/kiosk-options.js';
import type {NewFlags} from './commands/new.js';
import {exitCodes, formatError, UserError, usageError} from './core/errors.js';
import {helpText} from './args/help.js';
import {explicitBoolean, findUnknownFlag, resolveOptions} from './args/options.js';

// A loader gets the flags only one command reads (new's --date and --tags); Options holds the shared ones.
const commands: Readonly<Record<string, (flags: NewFlags & KioskFlags) => Promise<Command>>> = {
	list: async () => (await import('./commands/list.js')).list,
	read: async () => (await import('./commands/read.js')).read,
	contact: async () => (await import('./commands/contact.js')).contact,
	mark: async () => (await import('./commands/mark.js')).mark,
	print: async () => (await import('./commands/print.js')).print,
	check: async () => (await import('./commands/check.js')).check,
	new: async flags => (await import('./commands/new.js')).newPost(flags),
	kiosk: async flags => (await import('./commands/kiosk.js')).kiosk(flags),
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
	pageLength: {type: 'string'},
	contact: {type: 'boolean', default: true},
	date: {type: 'string'},
	tags: {type: 'string'},
	wpm: {type: 'string'},
	minSeconds: {type: 'string'},
	maxSeconds: {type: 'string'},
	order: {type: 'string'},
	tag: {type: 'string'},
	qr: {type: 'boolean', default: true},
	lock: {type: 'boolean', default: false},
	statusFile: {type: 'string'},
	quietHours: {type: 'string'},
} as const;

async function main(): Promise<number> {
	const cli = meow(helpText, {
		importMeta: import.meta,
		// meow reports unknown flags on two lines; they are caught below with one.
		allowUnknownFlags: true,
		flags,
	});

	// meow answers --help only when it is the sole argument; `clinic-read list --help` deserves the same answer.
	const argv = process.argv.slice(2);
	if (argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length).includes('--help')) {
		process.stdout.write(`${cli.help}\n`);
		return 0;
	}

	const unknownFlag = findUnknownFlag(process.argv.slice(2), [...Object.keys(flags), 'help', 'version']);
	if (unknownFlag !== undefined) {
		throw usageError(`unknown flag "${unknownFlag}"; see "clinic-read --help"`);
	}

	const [name, ...args] = cli.input;
	const load = name === undefined ? async () => (await import('./commands/browse.js')).browseOrList : (Object.hasOwn(commands, name) ? commands[name] : undefined);
	if (!load) {
		throw usageError(`unknown command "${name}"; try ${Object.keys(commands).join(', ')} (see --help)`);
	}

	const context: Context = {
		options: resolveOptions({...cli.flags, color: explicitBoolean(process.argv.slice(2), 'color')}, process.env),
		args,
		env: process.env,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
	};
	const command = await load(cli.flags);
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
