import {type CommandName, commands, type CommandSpec, flagsOf, visibleCommands} from './commands.js';
import {flagArgument, type FlagName, flags, type FlagSpec} from './flags.js';

/** The shells `clinic-read completion` writes a script for. */
export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = typeof shells[number];

/** How each flag is typed on the command line: `--unread`, and `--no-pager` for one that is on by default. */
function spellings(name: FlagName): string[] {
	const spec: FlagSpec = flags[name];
	return [...(spec.short ? [`-${spec.short}`] : []), flagArgument(name), ...(spec.negated || name === 'color' ? [`--no-${flagArgument(name).slice(2)}`] : [])];
}

function commandFlags(spec: CommandSpec): string[] {
	return [...flagsOf(spec)].flatMap(name => spellings(name));
}

const stringFlags = (Object.keys(flags) as FlagName[]).filter(name => flags[name].type === 'string');
const quote = (words: readonly string[]) => words.join(' ');

/** The bash (and zsh, through bashcompinit-free code) case arm for a flag's value. */
function valueCase(name: FlagName, indent: string): string {
	const {complete} = flags[name] as FlagSpec;
	const action = complete === 'directory'
		? 'COMPREPLY=($(compgen -d -- "$cur"))'
		: complete === 'file'
			? 'COMPREPLY=($(compgen -f -- "$cur"))'
			: complete === 'tags'
				? 'COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" __complete tags "${content[@]}" 2>/dev/null)" -- "$cur"))'
				: Array.isArray(complete) ? `COMPREPLY=($(compgen -W "${quote(complete)}" -- "$cur"))` : 'COMPREPLY=()';
	return `${indent}${flagArgument(name)}) ${action}; return ;;`;
}

function operandAction(spec: CommandSpec): string {
	const {operands} = spec;
	if (operands === 'slugs') {
		return 'COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" __complete slugs "${content[@]}" 2>/dev/null)" -- "$cur"))';
	}

	if (operands === 'commands') {
		return `COMPREPLY=($(compgen -W "${quote(visibleCommands)}" -- "$cur"))`;
	}

	return operands ? `COMPREPLY=($(compgen -W "${quote(operands)}" -- "$cur"))` : 'COMPREPLY=()';
}

/** bash: `source <(clinic-read completion bash)`; slugs and tags come from `clinic-read __complete`. */
export function bashCompletion(): string {
	const names = Object.keys(commands) as CommandName[];
	return `# clinic-read completion for bash. Install: clinic-read completion bash > ~/.local/share/bash-completion/completions/clinic-read
_clinic_read() {
	local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
	local command="" content=() i word
	for ((i = 1; i < COMP_CWORD; i++)); do
		word="\${COMP_WORDS[i]}"
		case "$word" in
			--content) content=(--content "\${COMP_WORDS[i+1]}") ;;
		esac
		case "\${COMP_WORDS[i-1]}" in
			${stringFlags.map(name => flagArgument(name)).join('|')}) continue ;;
		esac
		if [[ -z $command && $word != -* ]]; then
			command="$word"
		fi
	done
	case "$prev" in
${stringFlags.map(name => valueCase(name, '\t\t')).join('\n')}
	esac
	if [[ -z $command ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "${quote(['--content', '-h', '--help', '-v', '--version', ...commandFlags({arguments: '', summary: '', flags: ['unread', 'json', 'color'], examples: []})])}" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "${quote(visibleCommands)}" -- "$cur"))
		fi
		return
	fi
	if [[ $cur == -* ]]; then
		case "$command" in
${names.map(name => `\t\t\t${name}) COMPREPLY=($(compgen -W "${quote(commandFlags(commands[name]))}" -- "$cur")) ;;`).join('\n')}
		esac
		return
	fi
	case "$command" in
${names.map(name => `\t\t${name}) ${operandAction(commands[name])} ;;`).join('\n')}
	esac
}
complete -F _clinic_read clinic-read
`;
}

/** zsh runs the bash function through its own bashcompinit, so both shells complete alike from one script. */
export function zshCompletion(): string {
	return `#compdef clinic-read
# clinic-read completion for zsh. Install: clinic-read completion zsh > "\${fpath[1]}/_clinic-read" (or: source <(clinic-read completion zsh))
autoload -U +X bashcompinit && bashcompinit
${bashCompletion().split('\n').slice(1).join('\n')}`;
}

const fishEscape = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('\'', '\\\'');

function fishValue(spec: FlagSpec): string {
	if (spec.type === 'boolean') {
		return '';
	}

	const {complete} = spec;
	if (complete === 'directory') {
		return ' -r -f -a "(__fish_complete_directories)"';
	}

	if (complete === 'file') {
		return ' -r -F';
	}

	if (complete === 'tags') {
		return ' -r -f -a "(clinic-read __complete tags (__clinic_read_content) 2>/dev/null)"';
	}

	return Array.isArray(complete) ? ` -r -f -a '${complete.join(' ')}'` : ' -r -f';
}

/** fish: `clinic-read completion fish | source`. */
export function fishCompletion(): string {
	const lines = [
		'# clinic-read completion for fish. Install: clinic-read completion fish > ~/.config/fish/completions/clinic-read.fish',
		'complete -c clinic-read -f',
		// The slugs and tags of the folder given with --content on the line so far, as bash does.
		'function __clinic_read_content',
		'\tset -l words (commandline -opc)',
		'\tfor i in (seq (math (count $words) - 1))',
		'\t\ttest "$words[$i]" = --content; and printf \'%s\\n\' --content $words[(math $i + 1)]',
		'\tend',
		'end',
	];
	for (const name of visibleCommands) {
		lines.push(`complete -c clinic-read -n __fish_use_subcommand -a ${name} -d '${fishEscape(commands[name].summary)}'`);
	}

	for (const name of Object.keys(commands) as CommandName[]) {
		const spec: CommandSpec = commands[name];
		const when = `-n '__fish_seen_subcommand_from ${name}'`;
		for (const flag of flagsOf(spec)) {
			const flagSpec: FlagSpec = flags[flag];
			const long = flagArgument(flag).slice(2);
			const shown = flagSpec.negated ? `no-${long}` : long;
			lines.push(`complete -c clinic-read ${when} -l ${shown}${flagSpec.short ? ` -s ${flagSpec.short}` : ''}${fishValue(flagSpec)} -d '${fishEscape(flagSpec.help)}'`);
		}

		const {operands} = spec;
		if (operands === 'slugs') {
			lines.push(`complete -c clinic-read ${when} -a '(clinic-read __complete slugs (__clinic_read_content) 2>/dev/null)'`);
		} else if (operands === 'commands') {
			lines.push(`complete -c clinic-read ${when} -a '${visibleCommands.join(' ')}'`);
		} else if (operands) {
			lines.push(`complete -c clinic-read ${when} -a '${operands.join(' ')}'`);
		}
	}

	return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell): string {
	return {bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion}[shell]();
}
