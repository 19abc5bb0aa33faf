import {type CommandName, commands, type CommandSpec, flagName, globalFlags, visibleCommands} from './commands.js';
import {flags, flagUsage} from './flags.js';
import {environment, precedence} from './help.js';

/** Text for roff: backslashes escaped, hyphens made minus signs (so options copy and paste), no line starting a request. */
function roff(text: string): string {
	return text.replaceAll('\\', '\\e').replaceAll('-', '\\-').replaceAll(/^([.'])/gm, '\\&$1')
		// Outside ASCII, a named glyph: groff reads its input as Latin-1 unless told otherwise.
		.replaceAll(/[^\t\n\u0020-\u007E]/gu, character => `\\[u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

function flagEntries(spec: CommandSpec): string[] {
	return spec.flags.flatMap(use => ['.TP', `.B ${roff(flagUsage(flagName(use)))}`, roff(typeof use === 'string' ? flags[use].help : use[1])]);
}

function commandSection(name: CommandName): string[] {
	const spec: CommandSpec = commands[name];
	return [
		'.TP',
		`.B clinic\\-read ${roff(name)}${spec.arguments ? ` ${roff(spec.arguments)}` : ''}`,
		roff(spec.summary),
		...(spec.flags.length > 0 ? ['.RS', ...flagEntries(spec), '.RE'] : []),
	];
}

const exitCodes: ReadonlyArray<readonly [string, string]> = [
	['0', 'Success (check: no errors, perhaps warnings).'],
	['1', 'Something failed: a post not found, a file that cannot be read or written, check found errors.'],
	['2', 'Usage error: an unknown command or flag, a flag of another command, a bad value.'],
];

const files: ReadonlyArray<readonly [string, string]> = [
	['$XDG_CONFIG_HOME/clinic\\-read/config.yml', 'Settings (default ~/.config/clinic\\-read/config.yml).'],
	['$XDG_STATE_HOME/clinic\\-read/config.json', 'Read marks (default ~/.local/state/clinic\\-read; an old ~/.config/clinic\\-read\\-nodejs is moved there once).'],
	['CONTENT/clinic.yml, CONTENT/posts/*.md', 'The clinic\'s details and its posts.'],
];

/** The man page, clinic-read.1, from the same tables as --help (test/args/man.test.ts keeps the shipped file equal). */
export function renderManPage(version: string, description: string): string {
	const examples = visibleCommands.flatMap(name => commands[name].examples);
	return `${[
		`.TH CLINIC\\-READ 1 "" "clinic\\-read ${roff(version)}" "User Commands"`,
		'.SH NAME',
		`clinic\\-read \\- ${roff(description)}`,
		'.SH SYNOPSIS',
		'.B clinic\\-read',
		'[\\fIcommand\\fR] [\\fIflags\\fR]',
		'.SH DESCRIPTION',
		'Without a command, clinic\\-read opens the reader on the posts in a terminal, and prints the list when piped.',
		`Each command takes the flags listed under it, and the global options. ${roff(precedence)}`,
		'.SH COMMANDS',
		...visibleCommands.flatMap(name => commandSection(name)),
		'.SH OPTIONS',
		...globalFlags.flatMap(name => ['.TP', `.B ${roff(flagUsage(name))}`, roff(flags[name].help)]),
		'.SH ENVIRONMENT',
		...environment.flatMap(([name, about]) => ['.TP', `.B ${roff(name)}`, roff(about)]),
		'.SH FILES',
		...files.flatMap(([name, about]) => ['.TP', `.I ${name}`, about]),
		'.SH EXIT STATUS',
		...exitCodes.flatMap(([code, about]) => ['.TP', `.B ${code}`, about]),
		'.SH EXAMPLES',
		...examples.flatMap(example => ['.PP', '.EX', roff(`$ ${example}`), '.EE']),
	].join('\n')}\n`;
}
