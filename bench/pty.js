// Timings in a real pseudo-terminal: time to first frame, and CPU per key (user + system time from /proc).
import {readFileSync} from 'node:fs';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const ticksPerMs = 100 / 1000;

function cpuMs(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
}

function environment(extra) {
	const env = {...process.env, TERM: 'xterm-256color', ...extra};
	delete env.CI;
	return env;
}

/** Start `args` in a 100x30 pty; resolve when the screen contains `text`. */
export async function firstFrame(args, text, extra = {}) {
	const terminal = new xterm.Terminal({cols: 100, rows: 30, allowProposedApi: true});
	const start = performance.now();
	const child = pty.spawn(process.execPath, args, {cols: 100, rows: 30, env: environment(extra)});
	child.onData(data => terminal.write(data));
	const screen = () => {
		const lines = [];
		for (let row = 0; row < 30; row++) {
			lines.push(terminal.buffer.active.getLine(row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const exited = new Promise(resolve => {
		child.onExit(resolve);
	});
	while (!screen().includes(text)) {
		if (performance.now() - start > 20_000) {
			throw new Error(`no "${text}" on screen`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 1);
		});
	}

	return {elapsed: performance.now() - start, child, screen, exited};
}

/** Send each key and wait for the screen to change; return the mean CPU ms per key (/proc has 10 ms ticks). */
export async function cpuPerKey(session, keys) {
	const cpuBefore = cpuMs(session.child.pid);
	for (const key of keys) {
		const before = session.screen();
		session.child.write(key);
		const start = performance.now();
		while (session.screen() === before && performance.now() - start < 2000) {
			await new Promise(resolve => {
				setTimeout(resolve, 1);
			});
		}

	}

	await new Promise(resolve => {
		setTimeout(resolve, 100);
	});
	return (cpuMs(session.child.pid) - cpuBefore) / keys.length;
}

/** Time a command that prints and exits in a pty (e.g. read --no-pager). */
export async function timeInPty(args, runs, extra = {}) {
	const times = [];
	for (let index = 0; index < runs + 1; index++) {
		const start = performance.now();
		const child = pty.spawn(process.execPath, args, {cols: 100, rows: 30, env: environment(extra)});
		child.onData(() => {});
		await new Promise(resolve => {
			child.onExit(resolve);
		});
		if (index > 0) {
			times.push(performance.now() - start);
		}
	}

	return times;
}
