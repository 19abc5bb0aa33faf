import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import type {Writable} from 'node:stream';
import type {Environment, SettingsSource} from '../args/options.js';
import {settingsFile} from '../core/settings/settings-file.js';

/** Where config.yml is for this user, as `config path` prints it. */
export function settingsFileOf(env: Environment): string {
	return settingsFile({env, home: homedir(), platform: process.platform});
}

/**
The settings file, read once per run. No file is no settings; the YAML parser loads only when there is a file. Each
problem in it is one warning on stderr (file, line, key), and the run goes on with the defaults for that key.
*/
export async function loadSettings(env: Environment, stderr: Writable): Promise<SettingsSource> {
	const file = settingsFileOf(env);
	const home = homedir();
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT' && code !== 'ENOTDIR') {
			stderr.write(`clinic-read: warning: cannot read ${file} (${code ?? 'error'}); using the defaults\n`);
		}

		return {file, settings: {}, home};
	}

	const {parseSettings} = await import('../core/settings/settings.js');
	const {settings, warnings} = parseSettings(text, file);
	for (const warning of warnings) {
		stderr.write(`clinic-read: warning: ${warning}\n`);
	}

	return {file, settings, home};
}
