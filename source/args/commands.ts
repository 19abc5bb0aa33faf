import type {FlagName} from './flags.js';

/** A flag a command takes, with the shared help line or one worded for this command. */
export type FlagUse = FlagName | readonly [FlagName, string];

/** What a command declares: its usage after `clinic-read NAME`, what it does, the flags it takes, examples. */
export type CommandSpec = {
	readonly arguments: string;
	readonly summary: string;
	readonly flags: readonly FlagUse[];
	readonly examples: readonly string[];
	/** What shell completion offers for the arguments: the posts' slugs, the commands, or these words. */
	readonly operands?: 'slugs' | 'commands' | readonly string[];
	/** Left out of help: the completion scripts' own helper. */
	readonly hidden?: boolean;
};

/** Taken by every command, and by clinic-read alone. */
export const globalFlags: readonly FlagName[] = ['content', 'help', 'version'];

/** The commands in the order help lists them. Adding a flag to one: declare it in flags.ts, then list it here. */
export const commands = {
	list: {
		arguments: '[--unread] [--all-dates] [--json]',
		summary: 'The posts, pinned first, then newest first: number, date, unread marker, title, slug',
		flags: ['unread', 'allDates', 'json', ['screenReader', 'One sentence a post: "3. Title — January 10, 2026, unread"']],
		examples: ['clinic-read list --unread', 'clinic-read list --json | jq -r \'.[].slug\''],
	},
	read: {
		arguments: '<slug|number|->',
		summary: 'Read a post; - reads Markdown from stdin',
		flags: [['width', 'Wrap at <n> columns (default: $COLUMNS, else the terminal\'s; 80 when piped)'], 'plain', 'pager', 'color', 'mark', 'theme', 'large', 'screenReader'],
		examples: ['clinic-read read trigger-point-therapy | lpr', 'clinic-read read 3 --no-pager', 'clinic-read read 3 --mark > post.txt', 'cat notes.md | clinic-read read -'],
		operands: 'slugs',
	},
	contact: {
		arguments: '[--json]',
		summary: 'The clinic\'s contact details, and whether it is open now',
		flags: ['json'],
		examples: ['clinic-read contact', 'clinic-read contact --json'],
	},
	notices: {
		arguments: '[--json]',
		summary: 'The front desk\'s notices showing now (<content>/notices/*.md), urgent first',
		flags: ['json'],
		examples: ['clinic-read notices', 'clinic-read notices --json'],
	},
	mark: {
		arguments: '<slug…|--all> [--unread]',
		summary: 'Mark posts read (or unread) from a script',
		flags: [['all', 'Mark every post'], ['unread', 'Mark as unread']],
		examples: ['clinic-read mark gait-training', 'clinic-read mark --all --unread'],
		operands: 'slugs',
	},
	print: {
		arguments: '<slug…|--all>',
		summary: 'Paginated handouts for a printer',
		flags: [['all', 'Print every post'], ['width', 'Wrap at <n> columns (default: 72)'], 'pageLength', 'contact', 'ascii', ['large', 'Large print: 48 columns, 48 lines a page (lpr -o cpi=7 -o lpi=5)']],
		examples: ['clinic-read print trigger-point-therapy | lpr', 'clinic-read print 3 --large | lpr -o cpi=7 -o lpi=5', 'clinic-read print --all --page-length 60 > handouts.txt'],
		operands: 'slugs',
	},
	check: {
		arguments: '[--json]',
		summary: 'Check the posts and clinic.yml for problems',
		flags: ['json'],
		examples: ['clinic-read check --content ./content', 'clinic-read check --json'],
	},
	new: {
		arguments: '<title> [--date d] [--tags a,b]',
		summary: 'Write a new post\'s skeleton to <content>/posts/<slug>.md',
		flags: ['date', 'tags', 'edit'],
		examples: ['clinic-read new "Knee pain after running" --tags knee,running', 'clinic-read new "Hip pain" --no-edit'],
	},
	kiosk: {
		arguments: '[--lock]',
		summary: 'A waiting-room display that rotates the posts',
		flags: ['wpm', 'minSeconds', 'maxSeconds', 'order', 'tag', 'qr', 'lock', 'statusFile', 'metricsFile', 'quietHours', 'clock', ['theme', 'dark, light, high-contrast (default), mono or auto'], ['date', 'Show the date beside the clock (a value, if given, is ignored)'], ['color', 'Colour even where the terminal does not say it has it (--no-color: none)']],
		examples: ['clinic-read kiosk --lock --quiet-hours 20:00-07:00', 'clinic-read kiosk --tag arthritis --status-file /run/clinic-kiosk/status.json', 'clinic-read kiosk --metrics-file /var/lib/node_exporter/textfile/clinic_read.prom'],
	},
	sync: {
		arguments: '[url] [--dry-run] [--json] [--if-due]',
		summary: 'Bring in the posts from the clinic\'s website feed (url, else feed: in clinic.yml)',
		flags: ['dryRun', ['json', 'Output the result as JSON'], 'ifDue', ['content', 'Write into <dir>/posts/ (default: $XDG_DATA_HOME/clinic-read, shown beside the bundled posts)']],
		examples: ['clinic-read sync https://clinic.example/blog/ --content /srv/clinic-content', 'clinic-read sync --dry-run', 'clinic-read sync --if-due --content /srv/clinic-content'],
	},
	config: {
		arguments: 'path|show|edit',
		summary: 'The settings file: where it is, what it sets, or edit it in $EDITOR',
		flags: [['json', 'show: output JSON']],
		examples: ['clinic-read config edit', 'clinic-read config show'],
		operands: ['path', 'show', 'edit'],
	},
	completion: {
		arguments: 'bash|zsh|fish',
		summary: 'A script that completes commands, flags, slugs and tags in your shell',
		flags: [],
		examples: ['clinic-read completion bash > ~/.local/share/bash-completion/completions/clinic-read'],
		operands: ['bash', 'zsh', 'fish'],
	},
	help: {
		arguments: '[command]',
		summary: 'The help of clinic-read, or of one command',
		flags: [],
		examples: ['clinic-read help print'],
		operands: 'commands',
	},
	__complete: {
		arguments: 'slugs|tags',
		summary: 'The slugs or tags of the content folder, one a line, for the completion scripts',
		flags: [],
		examples: [],
		hidden: true,
	},
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;

/** `clinic-read` alone: the reader in a terminal, the list when piped. */
export const browseCommand: CommandSpec = {
	arguments: '',
	summary: 'Browse the posts (a list of them when piped)',
	flags: ['unread', 'json', 'color', 'theme', 'large', 'screenReader'],
	examples: [],
};

/** The commands help lists and typos are matched against. */
export const visibleCommands = Object.entries(commands).filter(([, spec]: [string, CommandSpec]) => !spec.hidden).map(([name]) => name as CommandName);

export function isCommandName(name: string): name is CommandName {
	return Object.hasOwn(commands, name);
}

export function flagName(use: FlagUse): FlagName {
	return typeof use === 'string' ? use : use[0];
}

/** Every flag a command takes, its own and the global ones. */
export function flagsOf(spec: CommandSpec): Set<FlagName> {
	return new Set([...spec.flags.map(use => flagName(use)), ...globalFlags]);
}
