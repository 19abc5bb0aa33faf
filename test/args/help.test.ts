import {describe, expect, test} from 'vitest';
import {commands, flagName, flagsOf, visibleCommands} from '../../source/args/commands.js';
import {formatCommandHelp, helpText} from '../../source/args/help.js';
import {flags, flagUsage, type FlagName} from '../../source/args/flags.js';

describe('help', () => {
	test('the global help lists every command, not every flag', () => {
		for (const name of visibleCommands) {
			expect(helpText).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
		}

		expect(helpText).not.toContain('__complete');

		expect(helpText).not.toContain('--wpm');
		expect(helpText).not.toContain('--page-length');
	});

	test.each(Object.keys(commands) as Array<keyof typeof commands>)('%s --help lists exactly the flags it takes, with its examples', name => {
		const help = formatCommandHelp(name);
		const taken = flagsOf(commands[name]);
		for (const flag of Object.keys(flags) as FlagName[]) {
			const line = new RegExp(`^    ${flagUsage(flag).replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}  `, 'm');
			expect(line.test(help), flag).toBe(taken.has(flag) && flag !== 'version');
		}

		for (const example of commands[name].examples) {
			expect(help).toContain(`$ ${example}`);
		}
	});

	test('a command words a shared flag for itself', () => {
		expect(formatCommandHelp('mark')).toContain('--unread         Mark as unread');
		expect(formatCommandHelp('list')).toContain('--unread         Only unread posts');
		// sync never writes into the bundled posts: its --content says where it writes instead, once.
		const sync = formatCommandHelp('sync');
		expect(sync).toMatch(/--content <dir> +Write into <dir>\/posts\/ \(default: \$XDG_DATA_HOME\/clinic-read/);
		expect(sync.match(/--content/g)?.length).toBe(1 + commands.sync.examples.filter(example => example.includes('--content')).length);
	});

	test('every flag in the table is taken by some command', () => {
		const taken = new Set(Object.values(commands).flatMap(spec => [...flagsOf(spec)]));
		expect(Object.keys(flags).filter(name => !taken.has(name as FlagName))).toEqual([]);
		expect(flagName(['all', 'x'])).toBe('all');
	});
});
