// Whole-process timings, each run paired with a run of `node -e 0` right before or after it (the order alternates),
// so that a busy machine slows both sides of a pair alike: the ratio of each pair is what is kept, and the row
// reports the median ratio. Peak RSS comes from GNU time (/usr/bin/time, `apt-get install time`).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const rssFolder = mkdtempSync(path.join(tmpdir(), 'clinic-read-rss-'));
const rssFile = path.join(rssFolder, 'rss');
process.on('exit', () => rmSync(rssFolder, {recursive: true, force: true}));

export const floorCommand = 'node -e 0';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One run of a shell command: wall time in ms and peak RSS in MB (NaN without GNU time). */
export function runOnce(command, env) {
	// GNU time adds ~1 ms of its own to every command, node -e 0 included, so ratios stay fair.
	const wrapped = gnuTime ? `${gnuTime} -f '%M' -o ${rssFile} sh -c ${JSON.stringify(command)}` : command;
	const start = process.hrtime.bigint();
	const result = spawnSync('sh', ['-c', wrapped], {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) {
		throw new Error(`${command} failed: ${result.stderr}`);
	}

	return {ms, rss: gnuTime ? Number.parseInt(readFileSync(rssFile, 'utf8'), 10) / 1024 : Number.NaN};
}

/**
Time `run` (a function returning ms, or {ms, rss}) in pairs with `floor`, after `warmup` unpaired runs.
`before` runs untimed before every run of the command (to drop a cache for a cold start).
*/
export async function timePaired(run, floor, {runs = 15, warmup = 1, before} = {}) {
	const times = [];
	const ratios = [];
	let rss = 0;
	const once = async () => {
		await before?.();
		const result = await run();
		return typeof result === 'number' ? {ms: result, rss: Number.NaN} : result;
	};

	for (let index = 0; index < warmup; index++) {
		await once();
	}

	for (let index = 0; index < runs; index++) {
		let own;
		let base;
		if (index % 2) {
			base = await floor();
			own = await once();
		} else {
			own = await once();
			base = await floor();
		}

		times.push(own.ms);
		ratios.push(own.ms / base);
		if (Number.isFinite(own.rss)) {
			rss = Math.max(rss, own.rss);
		}
	}

	return {median: median(times), min: Math.min(...times), max: Math.max(...times), ratio: median(ratios), rss};
}

/** A shell command timed against `node -e 0`. */
export async function timeCommand(command, {env = process.env, ...options} = {}) {
	return timePaired(() => runOnce(command, env), () => runOnce(floorCommand, env).ms, options);
}

export function has(program) {
	return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}
