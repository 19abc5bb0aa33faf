import {browseCommand, type CommandName, commands, type CommandSpec, type FlagUse, flagName, globalFlags, visibleCommands} from './commands.js';
import {flags, flagUsage} from './flags.js';

type Section = {readonly title: string; readonly rows: ReadonlyArray<readonly [string, string]>} | {readonly title: string; readonly lines: readonly string[]};

/** The environment variables clinic-read reads, for help and the man page. */
export const environment: ReadonlyArray<readonly [string, string]> = [
	['CLINIC_READ_CONTENT', 'Same as --content'],
	['CLINIC_READ_CONFIG_DIR', 'Where read marks are kept (default: $XDG_STATE_HOME/clinic-read)'],
	['CLINIC_READ_THEME', 'Same as --theme'],
	['CLINIC_READ_SCREEN_READER', '1: same as --screen-reader (0: off)'],
	['XDG_CONFIG_HOME', 'The settings file is $XDG_CONFIG_HOME/clinic-read/config.yml'],
	['VISUAL, EDITOR', 'The editor of config edit and new'],
	['NO_COLOR', 'No colour: the mono theme, bold and reverse kept'],
];

/** How a setting is chosen, said in help and the man page. */
export const precedence = 'A flag wins over the environment, which wins over the settings file, which wins over the defaults.';

function formatSection(section: Section): string[] {
	if ('lines' in section) {
		return [section.title, ...section.lines.map(line => `  ${line}`)];
	}

	const column = Math.max(...section.rows.map(([left]) => left.length)) + 2;
	return [section.title, ...section.rows.map(([left, right]) => `  ${left.padEnd(column)}${right}`.trimEnd())];
}

/** Sections with no indent, one blank line between them; meow (and formatHelp) indent the whole by two spaces. */
function formatSections(sections: readonly Section[]): string {
	return sections.map(section => formatSection(section).join('\n')).join('\n\n');
}

function flagRow(use: FlagUse): readonly [string, string] {
	const name = flagName(use);
	return [flagUsage(name), typeof use === 'string' ? flags[name].help : use[1]];
}

const globalRows = globalFlags.map(name => flagRow(name === 'help' ? ['help', 'Show this help; after a command, that command\'s help'] : name));

/** The usage text: meow shows it for --help, and bin.ts prints it (through formatHelp) without loading meow. */
export const helpText = `\n${formatSections([
	{title: 'Usage', lines: ['$ clinic-read [command] [flags]']},
	{title: 'Commands', rows: [['(none)', browseCommand.summary], ...visibleCommands.map((name): [string, string] => [name, commands[name].summary])]},
	{title: 'Options', rows: globalRows},
	{title: 'Environment', rows: environment},
	{title: 'Settings', lines: [
		'~/.config/clinic-read/config.yml ("clinic-read config edit"): content, width,',
		'theme, large, screenReader, feed and the kiosk\'s defaults. A flag wins over the',
		'environment, which wins over the file, which wins over the defaults.',
	]},
	{title: 'Examples', lines: [
		'$ clinic-read read trigger-point-therapy | lpr',
		'$ clinic-read list --unread --json',
		'$ cat notes.md | clinic-read read -',
		'$ clinic-read kiosk --lock --quiet-hours 20:00-07:00',
		'$ clinic-read print --help          a command\'s flags and examples',
	]},
])}\n`;

/** --help exactly as meow prints it: the package's description, then the usage text, indented by two spaces. */
export function formatHelp(description: string): string {
	return indented(description, helpText);
}

function indented(heading: string, text: string): string {
	const lines = text.replace(/^\n+|\s+$/g, '').split('\n').map(line => (line === '' ? '' : `  ${line}`));
	return `\n  ${heading}\n\n${lines.join('\n')}\n\n`;
}

/** `clinic-read COMMAND --help`: what it does, its usage, its flags and its examples, nothing of the others. */
export function formatCommandHelp(name: CommandName | undefined): string {
	const spec: CommandSpec = name === undefined ? browseCommand : commands[name];
	const usage = `$ clinic-read${name === undefined ? '' : ` ${name}`}${spec.arguments ? ` ${spec.arguments}` : ''}`;
	return indented(spec.summary, formatSections([
		{title: 'Usage', lines: [usage]},
		// A command may word --content for itself (sync's default folder is not the bundled posts).
		{title: 'Options', rows: [...spec.flags.map(use => flagRow(use)), ...(spec.flags.some(use => flagName(use) === 'content') ? [] : [flagRow('content')]), flagRow('help')]},
		...(spec.examples.length > 0 ? [{title: 'Examples', lines: spec.examples.map(example => `$ ${example}`)}] : []),
	]));
}
