import {spawn, spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {temporaryDirectory} from './content.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = path.join(root, 'dist', 'bin.js');

export type Run = {readonly stdout: string; readonly stderr: string; readonly status: number | null};

type RunOptions = {input?: string; env?: Record<string, string | undefined>; configDirectory?: string; timeout?: number};

const localOnlyFetch = path.join(root, 'test', 'helpers', 'local-only-fetch.mjs');

/**
A private config and data folder (so the real ~/.local/share/clinic-read never joins the catalogue), and a fetch
that refuses every host but 127.0.0.1.
*/
function testEnvironment(options: RunOptions): Record<string, string> {
	const env: Record<string, string | undefined> = {
		...process.env,
		CLINIC_READ_CONFIG_DIR: options.configDirectory ?? temporaryDirectory('clinic-read-config-'),
		XDG_DATA_HOME: temporaryDirectory('clinic-read-data-'),
		XDG_CACHE_HOME: temporaryDirectory('clinic-read-cache-'),
		// An empty settings folder and a UTF-8 locale: nothing of the machine's own settings or locale changes a test.
		XDG_CONFIG_HOME: temporaryDirectory('clinic-read-settings-'),
		LANG: 'C.UTF-8',
		LC_ALL: undefined,
		LC_CTYPE: undefined,
		COLUMNS: undefined,
		NODE_OPTIONS: `--import=${pathToFileURL(localOnlyFetch).href}`,
		...options.env,
	};
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Run the built CLI with pipes (no TTY), a private config folder and no colour from the environment. */
export function runCli(args: readonly string[], options: RunOptions = {}): Run {
	const result = spawnSync(process.execPath, [bin, ...args], {input: options.input ?? '', env: testEnvironment(options), encoding: 'utf8', cwd: root, maxBuffer: 256 * 1024 * 1024, ...(options.timeout ? {timeout: options.timeout, killSignal: 'SIGKILL'} : {})});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

/** runCli without blocking the event loop: for a CLI that talks to a server in the test's own process. */
export async function runCliAsync(args: readonly string[], options: RunOptions = {}): Promise<Run> {
	const child = spawn(process.execPath, [bin, ...args], {env: testEnvironment(options), cwd: root, stdio: 'pipe'});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdin.end(options.input ?? '');
	const status = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {stdout, stderr, status};
}
