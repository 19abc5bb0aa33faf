/**
Every flag clinic-read knows, declared once: its type, the placeholder its value shows in help, and its help line.
A command picks the flags it takes in commands.ts (and may word a shared flag's help line for itself); meow parses
them all in one pass (cli.ts) and parse.ts refuses a flag the command does not take.
*/
export type FlagSpec = {
	readonly type: 'string' | 'boolean';
	/** Help shows `--name <value>` for a string flag; `--no-name` when a boolean is on unless turned off. */
	readonly value?: string;
	readonly help: string;
	readonly short?: string;
	/** A boolean that is on by default is written `--no-name` in help. */
	readonly negated?: boolean;
	/** What shell completion offers for the value: folders, files, the content's tags, or these words. */
	readonly complete?: 'directory' | 'file' | 'tags' | readonly string[];
};

export const flags = {
	content: {type: 'string', value: 'dir', complete: 'directory', help: 'Posts and clinic.yml from <dir> (default: the bundled posts)'},
	width: {type: 'string', value: 'n', help: 'Wrap at <n> columns'},
	json: {type: 'boolean', help: 'Output JSON'},
	plain: {type: 'boolean', help: 'Plain text, even in a terminal'},
	pager: {type: 'boolean', negated: true, help: 'Print the formatted article and exit'},
	color: {type: 'boolean', help: 'Keep formatting when piped, as for less -R'},
	mark: {type: 'boolean', help: 'Mark the post read (only the interactive reader does otherwise)'},
	unread: {type: 'boolean', help: 'Only unread posts'},
	all: {type: 'boolean', help: 'Every post'},
	allDates: {type: 'boolean', help: 'Also the posts outside their show_from/show_until dates, marked'},
	pageLength: {type: 'string', value: 'n', help: '<n> lines a page (default: 66)'},
	contact: {type: 'boolean', negated: true, help: 'Leave out the clinic\'s contact block'},
	ascii: {type: 'boolean', help: 'Only ASCII, for a printer without UTF-8 (the default when LANG is not UTF-8)'},
	date: {type: 'string', value: 'd', help: 'The post\'s date, YYYY-MM-DD (default: today)'},
	tags: {type: 'string', value: 'a,b', complete: 'tags', help: 'The post\'s tags, kebab-case words'},
	edit: {type: 'boolean', negated: true, help: 'Do not open $EDITOR on the new post (it opens when stdin is a terminal)'},
	wpm: {type: 'string', value: 'n', help: 'Reading pace in words a minute (default: 180)'},
	minSeconds: {type: 'string', value: 'n', help: 'Hold a screenful at least <n> seconds (default: 10)'},
	maxSeconds: {type: 'string', value: 'n', help: 'Hold a screenful at most <n> seconds (default: 90)'},
	order: {type: 'string', value: 'order', complete: ['newest', 'shuffle'], help: 'newest (default) or shuffle'},
	tag: {type: 'string', value: 'tag', complete: 'tags', help: 'Only the posts with this tag'},
	qr: {type: 'boolean', negated: true, help: 'Leave out the QR code'},
	lock: {type: 'boolean', help: 'Ignore every key; only a signal stops it'},
	statusFile: {type: 'string', value: 'f', complete: 'file', help: 'Rewrite <f> every minute with a JSON heartbeat'},
	dryRun: {type: 'boolean', help: 'Show what would change; write nothing'},
	ifDue: {type: 'boolean', help: 'Only when the last try is 15 minutes old and no back-off is pending (for timers)'},
	quietHours: {type: 'string', value: 't', help: 'A dim clock and the contact card, e.g. 20:00-07:00 (default: outside clinic.yml\'s hours)'},
	metricsFile: {type: 'string', value: 'f', complete: 'file', help: 'Rewrite <f> every minute with Prometheus metrics'},
	clock: {type: 'string', value: '12|24', help: 'A 12- or 24-hour clock (default: 24)'},
	theme: {type: 'string', value: 'name', complete: ['auto', 'dark', 'light', 'high-contrast', 'mono'], help: 'auto (asks the terminal), dark, light, high-contrast or mono'},
	large: {type: 'boolean', help: 'Large print: 60 columns, no italic'},
	screenReader: {type: 'boolean', help: 'Line by line for screen readers: no full screen, nothing redrawn'},
	help: {type: 'boolean', short: 'h', help: 'Show this help'},
	version: {type: 'boolean', short: 'v', help: 'Show the version'},
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof flags;

/** What meow hands back for the flags given; an absent flag is undefined (booleanDefault: undefined). */
export type FlagValues = {
	readonly [Name in FlagName]?: (typeof flags)[Name]['type'] extends 'boolean' ? boolean : string;
};

/** The flag as it is typed: pageLength → --page-length. */
export function flagArgument(name: string): string {
	return name.length === 1 ? `-${name}` : `--${name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`;
}

/** The left column of a help line: `--width <n>`, `--no-pager`, `-h, --help`. */
export function flagUsage(name: FlagName): string {
	const spec: FlagSpec = flags[name];
	const long = spec.negated ? `--no-${flagArgument(name).slice(2)}` : flagArgument(name);
	return `${spec.short ? `-${spec.short}, ` : ''}${long}${spec.value ? ` <${spec.value}>` : ''}`;
}

/** The options meow needs: types and short flags, no defaults, so a flag not given stays undefined. */
export function meowFlags(): Record<string, {type: 'string' | 'boolean'; shortFlag?: string}> {
	return Object.fromEntries(Object.entries(flags).map(([name, spec]: [string, FlagSpec]) => [name, {type: spec.type, ...(spec.short ? {shortFlag: spec.short} : {})}]));
}
