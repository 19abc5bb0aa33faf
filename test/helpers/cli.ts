import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {temporaryDirectory} from './content.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = path.join(root, 'dist', 'bin.js');

export type Run = {readonly stdout: string; readonly stderr: string; readonly status: number | null};

/** Run the built CLI with pipes (no TTY), private config and cache folders and no colour from the environment. */
export function runCli(args: readonly string[], options: {input?: string; env?: Record<string, string | undefined>; configDirectory?: string} = {}): Run {
	const env: Record<string, string | undefined> = {
		...process.env,
		CLINIC_READ_CONFIG_DIR: options.configDirectory ?? temporaryDirectory('clinic-read-config-'),
		XDG_CACHE_HOME: temporaryDirectory('clinic-read-cache-'),
		COLUMNS: undefined,
		...options.env,
	};
	for (const [key, value] of Object.entries(env)) {
		if (value === undefined) {
			delete env[key];
		}
	}

	const result = spawnSync(process.execPath, [bin, ...args], {input: options.input ?? '', env, encoding: 'utf8', cwd: root, maxBuffer: 256 * 1024 * 1024});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}
