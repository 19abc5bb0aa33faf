// Runs the real kiosk (dist/bin.js) in a pseudo-terminal on a content folder: time to the first screen, then a fast
// pace (a new screenful every second), then idle (an hour a screenful, so only the clock, the watcher and the
// backstop rescan run). RSS over time, CPU per rotation and CPU while idle, from /proc (Linux).
// Alone: npm run build && node bench/kiosk.js [fast-seconds] [idle-seconds] [content-folder]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {setTimeout as delay} from 'node:timers/promises';
import * as pty from 'node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'bin.js');
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

function start(args, env) {
	const childEnv = {...process.env, TERM: 'xterm-256color', NODE_ENV: 'production', ...env};
	delete childEnv.CI;
	const folder = mkdtempSync(path.join(tmpdir(), 'clinic-kiosk-bench-'));
	const statusFile = path.join(folder, 'status.json');
	const started = performance.now();
	const child = pty.spawn(process.execPath, [bin, 'kiosk', '--status-file', statusFile, ...args], {cols: 100, rows: 30, cwd: root, env: childEnv});
	const run = {child, folder, statusFile, started, firstScreenMs: undefined, screens: 0, bytes: 0, last: ''};
	child.onData(data => {
		run.bytes += data.length;
		// Each frame ends with the footer's position; a new value is a new screenful.
		for (const match of data.matchAll(/(?:page \d+ of \d+ {2}· {2})?\d+ \/ \d+/g)) {
			if (match[0] !== run.last) {
				run.last = match[0];
				run.screens++;
				run.firstScreenMs ??= performance.now() - started;
			}
		}
	});
	return run;
}

async function waitForFirstScreen(run) {
	const deadline = Date.now() + 60_000;
	while (run.screens === 0) {
		if (Date.now() > deadline) {
			throw new Error('the kiosk did not draw a screen within 60 s');
		}

		await delay(20);
	}
}

function stop(run) {
	run.child.kill('SIGTERM');
	rmSync(run.folder, {recursive: true, force: true});
}

/** The kiosk on `content` (default: the bundled posts); seconds of fast rotation, then of idling. */
export async function benchKiosk({fastSeconds = 60, idleSeconds = 65, content, env = {}} = {}) {
	const contentArgs = content ? ['--content', content] : [];
	const rows = [];
	const fast = start(['--min-seconds', '1', '--max-seconds', '1', ...contentArgs], env);
	await waitForFirstScreen(fast);
	const firstScreenMs = fast.firstScreenMs;
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

	const idle = start(['--min-seconds', '3600', '--max-seconds', '3600', ...contentArgs], env);
	await waitForFirstScreen(idle);
	await delay(2000);
	const idleStart = cpuSeconds(idle.child.pid);
	const idleBytes = idle.bytes;
	await delay(idleSeconds * 1000);
	const idleCpu = cpuSeconds(idle.child.pid) - idleStart;
	const idleRss = rssMegabytes(idle.child.pid);
	const idleWritten = idle.bytes - idleBytes;
	stop(idle);
	return {firstScreenMs, rows, fastSeconds, fastCpu, rotations, idleSeconds, idleCpu, idleRss, idleWritten};
}

export function formatKiosk(result) {
	const {rows, fastSeconds, fastCpu, rotations, idleSeconds, idleCpu, idleRss, idleWritten} = result;
	const table = ['| s | RSS MB | CPU s | screens |', '| ---: | ---: | ---: | ---: |', ...rows.map(row => `| ${row.s} | ${row['RSS MB (/proc)']} | ${row['CPU s']} | ${row.screens} |`)];
	return [
		...table,
		'',
		`fast: ${rotations} screenfuls in ${fastSeconds} s, ${((fastCpu / Math.max(1, rotations)) * 1000).toFixed(1)} ms CPU per screenful`,
		`idle: ${idleCpu.toFixed(2)} s CPU in ${idleSeconds} s (${((idleCpu / idleSeconds) * 100).toFixed(2)} % of a core; /proc counts 10 ms ticks), ${idleWritten} bytes written, RSS ${idleRss.toFixed(1)} MB`,
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [fast = '90', idle = '30', content] = process.argv.slice(2);
	const result = await benchKiosk({fastSeconds: Number(fast), idleSeconds: Number(idle), content});
	console.log(`clinic-read kiosk at 100x30, ${process.version}; first screen after ${result.firstScreenMs.toFixed(0)} ms\n`);
	console.log(formatKiosk(result));
}
