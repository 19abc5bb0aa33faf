// Whole-process timings: median and range over several runs after a warm-up, plus peak RSS from GNU time.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Run a shell command `runs` times (after `warmup` runs); returns times in ms and the peak RSS in MB. */
export function timeCommand(command, {runs = 15, warmup = 2, env = process.env} = {}) {
	const times = [];
	let peakRss = 0;
	const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'clinic-read-rss-')), 'rss');
	for (let index = 0; index < warmup + runs; index++) {
		// GNU time adds ~1 ms of its own to every command, node -e 0 included, so ratios stay fair.
		const wrapped = gnuTime ? `${gnuTime} -f '%M' -o ${rssFile} sh -c ${JSON.stringify(command)}` : command;
		const start = process.hrtime.bigint();
		const result = spawnSync('sh', ['-c', wrapped], {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
		const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
		if (result.status !== 0) {
			throw new Error(`${command} failed: ${result.stderr}`);
		}

		if (index >= warmup) {
			times.push(elapsed);
			const rss = gnuTime ? Number.parseInt(readFileSync(rssFile, 'utf8'), 10) : Number.NaN;
			if (Number.isFinite(rss)) {
				peakRss = Math.max(peakRss, rss / 1024);
			}
		}
	}

	return {median: median(times), min: Math.min(...times), max: Math.max(...times), rss: peakRss};
}

export function has(program) {
	return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}
