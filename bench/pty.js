// Timings in a real pseudo-terminal: time to first frame, and CPU per key (user + system time from /proc).
import {readFileSync} from 'node:fs';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const ticksPerMs = 100 / 1000;
const size = {cols: 100, rows: 30};

export const pause = async ms => new Promise(resolve => {
	setTimeout(resolve, ms);
});

function cpuMs(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
}

function environment(extra) {
	const env = {...process.env, TERM: 'xterm-256color', ...extra};
	delete env.CI;
	return env;
}

/**
Start `args` (for node) in a pty whose output goes to `terminal`, and whose queries `terminal` answers, as a real
terminal does: the theme's background query ends on the answer to DA1, within a millisecond, not on its time-out.
*/
function spawnAnswered(args, extra, terminal) {
	const child = pty.spawn(process.execPath, args, {...size, env: environment(extra)});
	child.onData(data => terminal.write(data));
	terminal.onData(data => child.write(data));
	return child;
}

/** Start `args` (for node) in a 100x30 pty; resolve when the screen contains `text`. */
export async function firstFrame(args, text, extra = {}) {
	const terminal = new xterm.Terminal({...size, allowProposedApi: true});
	const start = performance.now();
	const child = spawnAnswered(args, extra, terminal);
	const screen = () => {
		const lines = [];
		for (let row = 0; row < size.rows; row++) {
			lines.push(terminal.buffer.active.getLine(row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const exited = new Promise(resolve => {
		child.onExit(resolve);
	});
	while (!screen().includes(text)) {
		if (performance.now() - start > 60_000) {
			throw new Error(`no "${text}" on screen:\n${screen()}`);
		}

		await pause(1);
	}

	return {elapsed: performance.now() - start, child, screen, exited};
}

/** Start, wait for the first frame, quit; the time to the frame. */
export async function timeFirstFrame(args, text, extra = {}) {
	const session = await firstFrame(args, text, extra);
	session.child.write('qq');
	await session.exited;
	return session.elapsed;
}

/** Wait until the screen differs from `before` (at most 5 s). */
export async function changed(session, before) {
	const start = performance.now();
	while (session.screen() === before && performance.now() - start < 5000) {
		await pause(1);
	}
}

/** Send each key and wait for the screen to change; return the mean CPU ms per key (/proc has 10 ms ticks). */
export async function cpuPerKey(session, keys) {
	const cpuBefore = cpuMs(session.child.pid);
	for (const key of keys) {
		const before = session.screen();
		session.child.write(key);
		await changed(session, before);
	}

	await pause(100);
	return (cpuMs(session.child.pid) - cpuBefore) / keys.length;
}

/** Time one run of a program that prints and exits in a pty (read --no-pager; node -e 0 as the floor). */
export async function runInPty(args, extra = {}) {
	const start = performance.now();
	const child = spawnAnswered(args, extra, new xterm.Terminal({...size, allowProposedApi: true}));
	await new Promise(resolve => {
		child.onExit(resolve);
	});
	return performance.now() - start;
}
