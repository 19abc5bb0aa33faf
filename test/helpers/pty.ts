import {setTimeout as delay} from 'node:timers/promises';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import {bin, root} from './cli.js';
import {temporaryDirectory} from './content.js';

export type Screen = {
	/** The visible rows, right-trimmed. */
	readonly text: () => string;
	readonly bufferType: () => 'normal' | 'alternate';
	/** Where the terminal's cursor is, from the top left of the screen. */
	readonly cursor: () => {readonly x: number; readonly y: number};
	/** Everything the program wrote, for escape-sequence checks. */
	readonly output: () => string;
	readonly write: (data: string) => void;
	readonly resize: (columns: number, rows: number) => void;
	readonly kill: (signal: string) => void;
	/** Close the terminal, as when its window is closed: the program gets SIGHUP and EIO. */
	readonly hangUp: () => void;
	readonly waitFor: (predicate: string | RegExp | ((text: string) => boolean), timeout?: number) => Promise<string>;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
};

/**
Run the built CLI in a real pseudo-terminal and keep a terminal emulator's view of its screen.
CI is removed from the environment: under CI, Ink draws only the last frame at exit.
*/
export function spawnScreen(args: readonly string[], options: {columns?: number; rows?: number; env?: Record<string, string>; shell?: boolean} = {}): Screen {
	const columns = options.columns ?? 100;
	const rows = options.rows ?? 30;
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION' && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') {
			env[key] = value;
		}
	}

	Object.assign(env, {TERM: 'xterm-256color', CLINIC_READ_CONFIG_DIR: temporaryDirectory('clinic-read-pty-'), XDG_CONFIG_HOME: temporaryDirectory('clinic-read-settings-'), XDG_DATA_HOME: temporaryDirectory('clinic-read-pty-data-'), XDG_CACHE_HOME: temporaryDirectory('clinic-read-pty-cache-'), FORCE_HYPERLINK: '0'}, options.env);
	const child = options.shell ? pty.spawn('sh', [...args], {cols: columns, rows, cwd: root, env}) : pty.spawn(process.execPath, [bin, ...args], {cols: columns, rows, cwd: root, env});
	let output = '';
	child.onData(data => {
		output += data;
		terminal.write(data);
	});
	const exited = new Promise<{exitCode: number; signal?: number}>(resolve => {
		child.onExit(result => {
			// Let the emulator finish parsing the last bytes.
			setTimeout(() => {
				resolve(result);
			}, 50);
		});
	});

	const text = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	return {
		text,
		output: () => output,
		bufferType: () => terminal.buffer.active.type,
		cursor: () => ({x: terminal.buffer.active.cursorX, y: terminal.buffer.active.cursorY}),
		write(data) {
			child.write(data);
		},
		resize(newColumns, newRows) {
			child.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		kill(signal) {
			child.kill(signal);
		},
		hangUp() {
			(child as unknown as {destroy: () => void}).destroy();
		},
		async waitFor(predicate, timeout = 10_000) {
			const matches = typeof predicate === 'function' ? predicate : (screen: string) => (typeof predicate === 'string' ? screen.includes(predicate) : predicate.test(screen));
			const deadline = Date.now() + timeout;
			while (Date.now() < deadline) {
				const screen = text();
				if (matches(screen)) {
					return screen;
				}

				await delay(20);
			}

			throw new Error(`Timed out waiting for ${String(predicate)}. The screen shows:\n${text()}`);
		},
		exited,
	};
}
