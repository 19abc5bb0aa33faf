import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {commands, visibleCommands} from '../../source/args/commands.js';
import {flagUsage, type FlagName, flags} from '../../source/args/flags.js';
import {environment} from '../../source/args/help.js';
import {renderManPage} from '../../source/args/man.js';
import {root} from '../helpers/cli.js';

const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string; description: string; man: string; files: string[]};
const shipped = readFileSync(path.join(root, 'clinic-read.1'), 'utf8');
const groff = spawnSync('groff', ['--version']).status === 0;

test('clinic-read.1 is generated from the flag table and shipped (npm run man rewrites it)', () => {
	expect(shipped).toBe(renderManPage(packageJson.version, packageJson.description));
	expect(packageJson.man).toBe('./clinic-read.1');
	expect(packageJson.files).toContain('clinic-read.1');
});

test('it has every command, flag, environment variable and exit code', () => {
	const text = shipped.replaceAll('\\-', '-');
	for (const name of visibleCommands) {
		expect(text).toContain(`.B clinic-read ${name}`);
	}

	for (const name of Object.keys(flags) as FlagName[]) {
		expect(text).toContain(`.B ${flagUsage(name)}`);
	}

	for (const [name] of environment) {
		expect(text).toContain(`.B ${name}`);
	}

	expect(text).toMatch(/\.SH EXIT STATUS\n\.TP\n\.B 0\n[^]*\.B 1\n[^]*\.B 2\n/);
	expect(Object.keys(commands)).toContain('__complete');
	expect(text).not.toContain('__complete');
});

test.skipIf(!groff)('groff -man -ww -z finds nothing to warn about', () => {
	const result = spawnSync('groff', ['-man', '-ww', '-z', path.join(root, 'clinic-read.1')], {encoding: 'utf8'});
	expect([result.status, result.stderr]).toEqual([0, '']);
});
