// Runs the real kiosk (dist/bin.js) in a pseudo-terminal: first at a fast pace (a new screenful every second), then
// idle (an hour a screenful, so only the clock runs). Reports RSS over time, CPU per rotation and CPU while idle,
// from /proc (Linux). Usage: npm run build && node bench/kiosk.js [fast-seconds] [idle-seconds]
import {execFileSync} from 'node:child_process';
import {readFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {setTimeout as delay} from 'node:timers/promises';
import * as pty from 'node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'bin.js');
const fastSeconds = Number(process.argv[2] ?? 90);
const idleSeconds = Number(process.argv[3] ?? 30);
const sampleEvery = 10;
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;

function cpuSeconds(pid) {
	// Fields after the command name (which may hold spaces): utime is the 14th field, stime the 15th.
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

function rssMegabytes(pid) {
	const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return match ? Number(match[1]) / 1024 : Number.NaN;
}

function start(args) {
	const env = {...process.env, TERM: 'xterm-256color', NODE_ENV: 'production'};
	delete env.CI;
	const statusFile = path.join(mkdtempSync(path.join(tmpdir(), 'clinic-kiosk-bench-')), 'status.json');
	const child = pty.spawn(process.execPath, [bin, 'kiosk', '--status-file', statusFile, ...args], {cols: 100, rows: 30, cwd: root, env});
	const run = {child, statusFile, screens: 0, bytes: 0, last: ''};
	child.onData(data => {
		run.bytes += data.length;
		// Each frame ends with the footer's position; a new value is a new screenful.
		for (const match of data.matchAll(/(?:page \d+ of \d+ {2}· {2})?\d+ \/ \d+/g)) {
			if (match[0] !== run.last) {
				run.last = match[0];
				run.screens++;
			}
		}
	});
	return run;
}

async function waitForFirstScreen(run) {
	const deadline = Date.now() + 15_000;
	while (run.screens === 0) {
		if (Date.now() > deadline) {
			throw new Error('the kiosk did not draw a screen within 15 s');
		}

		await delay(50);
	}
}

function stop(run) {
	run.child.kill('SIGTERM');
}

const rows = [];
const fast = start(['--min-seconds', '1', '--max-seconds', '1']);
await waitForFirstScreen(fast);
await delay(2000);
const {pid} = fast.child;
const startCpu = cpuSeconds(pid);
const startScreens = fast.screens;
const startedAt = Date.now();
for (let elapsed = 0; elapsed <= fastSeconds; elapsed += sampleEvery) {
	const heartbeat = JSON.parse(readFileSync(fast.statusFile, 'utf8'));
	rows.push({
		's': elapsed,
		'RSS MB (/proc)': rssMegabytes(pid).toFixed(1),
		'RSS MB (status file)': (heartbeat.rssBytes / 1024 / 1024).toFixed(1),
		'CPU s': (cpuSeconds(pid) - startCpu).toFixed(2),
		'screens': fast.screens - startScreens,
	});
	if (elapsed + sampleEvery <= fastSeconds) {
		await delay(Math.max(0, startedAt + ((elapsed + sampleEvery) * 1000) - Date.now()));
	}
}

const fastCpu = cpuSeconds(pid) - startCpu;
const rotations = fast.screens - startScreens;
stop(fast);

const idle = start(['--min-seconds', '3600', '--max-seconds', '3600']);
await waitForFirstScreen(idle);
await delay(2000);
const idleStart = cpuSeconds(idle.child.pid);
const idleBytes = idle.bytes;
await delay(idleSeconds * 1000);
const idleCpu = cpuSeconds(idle.child.pid) - idleStart;
const idleRss = rssMegabytes(idle.child.pid);
const idleWritten = idle.bytes - idleBytes;
stop(idle);

console.log(`clinic-read kiosk at 100x30, ${process.version}\n`);
console.table(rows);
console.log(`\nfast: ${rotations} screenfuls in ${fastSeconds} s, ${fastCpu.toFixed(2)} s CPU: ${((fastCpu / Math.max(1, rotations)) * 1000).toFixed(1)} ms CPU per screenful`);
console.log(`idle: ${idleCpu.toFixed(2)} s CPU in ${idleSeconds} s (${((idleCpu / idleSeconds) * 100).toFixed(2)} % of a core), ${idleWritten} bytes written, RSS ${idleRss.toFixed(1)} MB`);
