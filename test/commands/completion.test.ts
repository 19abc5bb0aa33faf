import {spawnSync} from 'node:child_process';
import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {bin, runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';

/** A `clinic-read` on PATH that runs the built CLI, as `npm install -g` would give. */
function installed(): string {
	const directory = temporaryDirectory('clinic-read-bin-');
	const wrapper = path.join(directory, 'clinic-read');
	writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
	chmodSync(wrapper, 0o755);
	return directory;
}

const script = runCli(['completion', 'bash']).stdout;
const pathWithCli = `${installed()}:${process.env['PATH'] ?? ''}`;

/** What bash offers for `line` (the cursor at its end), as the Tab key would ask it. */
function complete(line: string): string[] {
	const words = line.split(' ');
	const program = `${script}\nCOMP_WORDS=(${words.map(word => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _clinic_read; printf '%s\\n' "\${COMPREPLY[@]}"`;
	const result = spawnSync('bash', ['--norc', '-c', program], {encoding: 'utf8', env: {...process.env, PATH: pathWithCli, CLINIC_READ_CONFIG_DIR: temporaryDirectory()}});
	expect(result.stderr).toBe('');
	return result.stdout.split('\n').filter(word => word !== '');
}

describe('bash completion', () => {
	test('commands, and each command\'s own flags only', () => {
		expect(complete('clinic-read li')).toEqual(['list']);
		expect(complete('clinic-read c')).toEqual(['contact', 'check', 'config', 'completion']);
		expect(complete('clinic-read list --un')).toEqual(['--unread']);
		expect(complete('clinic-read list --')).not.toContain('--wpm');
		expect(complete('clinic-read read --no')).toEqual(['--no-pager', '--no-color']);
		expect(complete('clinic-read print --')).toContain('--page-length');
	});

	test('slugs and tags from the content folder, also one given with --content', () => {
		expect(complete('clinic-read read trig')).toEqual(['trigger-point-therapy']);
		expect(complete('clinic-read print --width 60 gait')).toEqual(['gait-training']);
		expect(complete('clinic-read kiosk --tag ortho')).toEqual(['orthotics']);
		const content = makeContent({'knee-pain.md': postText({title: 'Knee', date: '2026-01-01', tags: '[knees]'})});
		expect(complete(`clinic-read --content ${content} read k`)).toEqual(['knee-pain']);
		expect(complete(`clinic-read kiosk --content ${content} --tag `)).toEqual(['knees']);
	});

	test('words and paths where a flag takes them', () => {
		expect(complete('clinic-read kiosk --order ')).toEqual(['newest', 'shuffle']);
		expect(complete('clinic-read completion ')).toEqual(['bash', 'zsh', 'fish']);
		expect(complete('clinic-read help pr')).toEqual(['print']);
		const folder = temporaryDirectory('clinic-read-folder-');
		expect(complete(`clinic-read list --content ${folder.slice(0, -2)}`)).toContain(folder);
	});
});

test('__complete is hidden and quiet: no help line, no warnings', () => {
	const content = makeContent({'good.md': postText({title: 'Good', date: '2026-01-01'}), 'bad.md': postText({title: 'Bad', date: 'nope'})});
	expect(runCli(['__complete', 'slugs', '--content', content])).toEqual({stdout: 'good\n', stderr: '', status: 0});
	expect(runCli(['--help']).stdout).not.toContain('__complete');
});

const hasShell = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const shellEnvironment = () => ({...process.env, PATH: pathWithCli, CLINIC_READ_CONFIG_DIR: temporaryDirectory()});

/** What zsh offers: bashcompinit calls the function through compgen -F, then zsh keeps the words with the typed prefix. */
function completeInZsh(line: string): string[] {
	const file = path.join(temporaryDirectory('clinic-read-zsh-'), '_clinic-read');
	writeFileSync(file, runCli(['completion', 'zsh']).stdout);
	const words = line.split(' ');
	const program = `autoload -U compinit && compinit -u -D; source ${file}; words=(${words.map(word => `'${word}'`).join(' ')}); CURRENT=$#words; COMP_WORDS=("\${words[@]}"); COMP_CWORD=$((CURRENT - 1)); compgen -F _clinic_read -- "\${words[CURRENT]}"`;
	const result = spawnSync('zsh', ['-f', '-c', program], {encoding: 'utf8', env: shellEnvironment()});
	expect(result.stderr).toBe('');
	return result.stdout.split('\n').filter(word => word !== '' && word.startsWith(words.at(-1)!));
}

/** What fish offers for `line`, from its own completion engine. */
function completeInFish(line: string): string[] {
	const file = path.join(temporaryDirectory('clinic-read-fish-'), 'clinic-read.fish');
	writeFileSync(file, runCli(['completion', 'fish']).stdout);
	const result = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`], {encoding: 'utf8', env: shellEnvironment()});
	expect(result.stderr).toBe('');
	return result.stdout.split('\n').filter(word => word !== '').map(word => word.split('\t')[0]!);
}

// Installed here (Debian's zsh and fish); a machine without the shell skips its case.
describe.each([['zsh', completeInZsh], ['fish', completeInFish]] as const)('%s completion, run in that shell', (shell, completeIn) => {
	test.skipIf(!hasShell(shell))('commands, each command\'s flags, slugs, tags and words', () => {
		expect(completeIn('clinic-read li')).toEqual(['list']);
		expect(completeIn('clinic-read list --un')).toEqual(['--unread']);
		expect(completeIn('clinic-read list --')).not.toContain('--wpm');
		expect(completeIn('clinic-read read trig')).toEqual(['trigger-point-therapy']);
		expect(completeIn('clinic-read kiosk --tag ortho')).toEqual(['orthotics']);
		expect(completeIn('clinic-read kiosk --order ')).toEqual(['newest', 'shuffle']);
		const content = makeContent({'knee-pain.md': postText({title: 'Knee', date: '2026-01-01', tags: '[knees]'})});
		expect(completeIn(`clinic-read --content ${content} read k`)).toEqual(['knee-pain']);
		expect(completeIn(`clinic-read kiosk --content ${content} --tag `)).toEqual(['knees']);
	});
});

test.each(['zsh', 'fish'])('completion %s is a script for that shell, from the same table', shell => {
	const {stdout, status} = runCli(['completion', shell]);
	expect(status).toBe(0);
	expect(stdout).toContain('__complete slugs');
	expect(stdout).toContain(shell === 'zsh' ? '#compdef clinic-read' : 'complete -c clinic-read -n \'__fish_seen_subcommand_from list\' -l unread');
});

test('an unknown shell is a usage error', () => {
	expect(runCli(['completion', 'tcsh'])).toMatchObject({status: 2, stderr: 'clinic-read: completion needs one of bash, zsh, fish, such as: source <(clinic-read completion bash)\n'});
});
