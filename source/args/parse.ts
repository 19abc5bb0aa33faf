import {closest, distance} from 'fastest-levenshtein';
import {usageError} from '../core/errors.js';
import {sanitizeLine} from '../core/text/sanitize.js';
import {browseCommand, type CommandName, commands, flagsOf, isCommandName, visibleCommands} from './commands.js';
import {flagArgument, type FlagName, flags, type FlagValues} from './flags.js';

/** What the command line asks for, once meow has parsed it. */
export type Request =
	| {readonly kind: 'help'; readonly command?: CommandName | undefined}
	| {readonly kind: 'version'}
	| {readonly kind: 'run'; readonly command: CommandName | undefined; readonly args: readonly string[]; readonly flags: FlagValues};

/** The candidate nearest to `typed`, if it is near enough to be what was meant (a slip, not another word). */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0) {
		return undefined;
	}

	const match = closest(typed, [...candidates]);
	// Two edits in a word of four or more ("lsit", "kisok"), one in a shorter word, none in a single letter.
	const letters = Math.min(typed.replace(/^-+/, '').length, match.replace(/^-+/, '').length);
	return distance(typed, match) <= Math.min(2, Math.floor(letters / 2)) ? match : undefined;
}

function isFlagName(name: string): name is FlagName {
	return Object.hasOwn(flags, name);
}

/** Where a flag of another command belongs: `"kiosk"`, or `"mark" and "print"`. */
function owners(name: FlagName): string {
	const names = Object.entries(commands).filter(([, spec]) => flagsOf(spec).has(name)).map(([command]) => `"${command}"`);
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0] ?? '"clinic-read" alone';
}

/**
meow turns `--json=maybe` into false without a word; a boolean flag given a value other than true or false is a
usage error. This looks only at `--name=value` words before `--`, the one spelling meow cannot report.
*/
function checkBooleanValues(argv: readonly string[]): void {
	const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
	for (const argument of argv.slice(0, end)) {
		const match = /^--(?:no-)?([^=]+)=(.*)$/s.exec(argument);
		const name = match?.[1]?.replaceAll(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
		if (match && name && isFlagName(name) && flags[name].type === 'boolean' && !['true', 'false'].includes(match[2]!)) {
			throw usageError(`${flagArgument(name)} is on or off and takes no value; write ${flagArgument(name)} or --no-${flagArgument(name).slice(2)}, not "${sanitizeLine(argument)}"`);
		}
	}
}

function checkFlags(given: Readonly<Record<string, unknown>>, command: CommandName | undefined): FlagValues {
	const spec = command === undefined ? browseCommand : commands[command];
	const taken = flagsOf(spec);
	const seeHelp = `see "clinic-read${command === undefined ? '' : ` ${command}`} --help"`;
	for (const [name, value] of Object.entries(given)) {
		if (value === undefined || (isFlagName(name) && taken.has(name))) {
			continue;
		}

		const shown = sanitizeLine(flagArgument(name));
		if (!isFlagName(name)) {
			const suggestion = nearest(flagArgument(name), [...taken].map(flag => flagArgument(flag)));
			throw usageError(`unknown flag "${shown}"; ${suggestion ? `did you mean "${suggestion}"?` : seeHelp}`);
		}

		throw usageError(`${shown} is a flag of ${owners(name)}, not of ${command === undefined ? '"clinic-read" alone' : `"${command}"`}; ${seeHelp}`);
	}

	return given as FlagValues;
}

/**
Turn meow's one parse into a request: help, the version, or a command with its arguments and the flags it takes.
A flag another command takes, an unknown flag or an unknown command is a usage error with a suggestion.
*/
export function parseArguments(input: readonly string[], given: Readonly<Record<string, unknown>>, argv: readonly string[]): Request {
	const [first, ...rest] = input.map(argument => argument.trim());
	const name = first === 'help' ? rest[0] : first;
	const command = name !== undefined && isCommandName(name) ? name : undefined;
	if (name !== undefined && command === undefined) {
		const suggestion = nearest(name, visibleCommands);
		const shown = sanitizeLine(name);
		throw usageError(suggestion ? `unknown command "${shown}"; did you mean "${suggestion}"?` : `unknown command "${shown}"; try ${visibleCommands.join(', ')} (see --help)`);
	}

	if (given['help'] === true || first === 'help') {
		return {kind: 'help', command};
	}

	if (given['version'] === true) {
		return {kind: 'version'};
	}

	checkBooleanValues(argv);
	return {kind: 'run', command, args: rest, flags: checkFlags(given, command)};
}
