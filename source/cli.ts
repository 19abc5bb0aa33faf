import meow from 'meow';
import type {Command, Context} from './commands/context.js';
import type {KioskFlags} from './commands/kiosk-options.js';
import type {NewFlags} from './commands/new.js';
import {exitCodes, formatError, UserError, usageError} from './core/errors.js';
import {explicitBoolean, findUnknownFlag, resolveOptions} from './options.js';

export const helpText = `
	Usage
	  $ clinic-read                      Browse the posts (a list of them when piped)
	  $ clinic-read list [--unread] [--json]
	  $ clinic-read read <slug|number|->  Read a post; - reads Markdown from stdin
	  $ clinic-read contact [--json]     The clinic's contact details
	  $ clinic-read mark <slug…|--all> [--unread]
	  $ clinic-read print <slug…|--all>  Paginated handouts for a printer
	  $ clinic-read check [--json]       Check the posts and clinic.yml for problems
	  $ clinic-read new <title> [--date d] [--tags a,b]
	  $ clinic-read kiosk [--lock]       A waiting-room display that rotates the posts

	Options
	  --content <dir>    Posts and clinic.yml from <dir> (default: the bundled posts)
	  --width <n>        Wrap at <n> columns (plain text: 80; print: 72)
	  --page-length <n>  print: <n> lines a page (default: 66)
	  --no-contact       print: leave out the clinic's contact block
	  --plain            Plain text, even in a terminal
	  --no-pager         Print the formatted article and exit
	  --color            Keep formatting when piped, as for less -R
	  --unread           list: only unread posts; mark: mark as unread
	  --all              mark, print: every post
	  --date <d>         new: the post's date, YYYY-MM-DD (default: today)
	  --tags <a,b>       new: the post's tags, kebab-case words
	  --wpm <n>          kiosk: reading pace in words a minute (default: 180)
	  --min-seconds <n>  kiosk: hold a screenful at least <n> seconds (default: 10)
	  --max-seconds <n>  kiosk: hold a screenful at most <n> seconds (default: 90)
	  --order <order>    kiosk: newest (default) or shuffle
	  --tag <tag>        kiosk: only the posts with this tag
	  --no-qr            kiosk: leave out the QR code
	  --lock             kiosk: ignore every key; only a signal stops it
	  --status-file <f>  kiosk: rewrite <f> every minute with a JSON heartbeat
	  --quiet-hours <t>  kiosk: a dim clock and the contact card, e.g. 20:00-07:00
	  --json             Output JSON
	  --help             Show this help
	  --version          Show the version

	Environment
	  CLINIC_READ_CONTENT     Same as --content
	  CLINIC_READ_CONFIG_DIR  Where read state is kept
	  NO_COLOR                No colour in the terminal

	Examples
	  $ clinic-read read trigger-point-therapy | lpr
	  $ clinic-read list --unread --json
	  $ cat notes.md | clinic-read read -
	  $ clinic-read kiosk --lock --quiet-hours 20:00-07:00
`;

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
