import {browseCommand, type CommandName, commands, type CommandSpec, type FlagUse, flagName, globalFlags} from './commands.js';
import {flags, flagUsage} from './flags.js';

type Section = {readonly title: string; readonly rows: ReadonlyArray<readonly [string, string]>} | {readonly title: string; readonly lines: readonly string[]};

const environment: ReadonlyArray<readonly [string, string]> = [
	['CLINIC_READ_CONTENT', 'Same as --content'],
	['CLINIC_READ_CONFIG_DIR', 'Where read state is kept'],
	['NO_COLOR', 'No colour in the terminal'],
];

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
	{title: 'Commands', rows: [['(none)', browseCommand.summary], ...Object.entries(commands).map(([name, spec]): [string, string] => [name, spec.summary])]},
	{title: 'Options', rows: globalRows},
	{title: 'Environment', rows: environment},
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
		{title: 'Options', rows: [...spec.flags.map(use => flagRow(use)), flagRow('content'), flagRow('help')]},
		...(spec.examples.length > 0 ? [{title: 'Examples', lines: spec.examples.map(example => `$ ${example}`)}] : []),
	]));
}
