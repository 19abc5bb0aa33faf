// The table npm run bench prints: every row with its verdict against its goal, CPU per key, the kiosk.
import {cpus, loadavg} from 'node:os';
import {formatKiosk} from './kiosk.js';

const format = value => value.toFixed(0).padStart(6);
const verdict = (entry, rows) => {
	const {goal} = entry;
	if (!goal) {
		return '';
	}

	const checks = [];
	if (goal.ratio !== undefined) {
		checks.push([entry.ratio <= goal.ratio, `≤ ${goal.ratio}×`]);
	}

	if (goal.computed !== undefined) {
		checks.push([entry.computed <= goal.computed, `≤ ${goal.computed}×`]);
	}

	if (goal.ms !== undefined) {
		checks.push([entry.median <= goal.ms, `≤ ${goal.ms / 1000} s`]);
	}

	if (goal.rss !== undefined) {
		checks.push([entry.rss <= goal.rss, `≤ ${goal.rss} MB`]);
	}

	if (goal.peer !== undefined) {
		const peer = rows.find(other => other.name === goal.peer);
		if (peer) {
			checks.push([entry.ratio < peer.ratio, `< ${goal.peer}`]);
		}
	}

	return checks.map(([ok, text]) => `${ok ? '✓' : '✗'} ${text}`).join(', ');
};

/** Print the whole table of one run. */
export function printTable({rows, keys, kiosk, quick, runs, started}) {
	const minutes = ((performance.now() - started) / 60_000).toFixed(1);
	console.log(`clinic-read bench${quick ? ' (quick)' : ''}: ${runs} pairs a row (fewer for the slow ones), ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load ${loadavg()[0].toFixed(1)}, ${minutes} min\n`);
	console.log('| path | median ms | min–max ms | × node -e 0 | goal | peak RSS MB |');
	console.log('| --- | ---: | ---: | ---: | --- | ---: |');
	for (const entry of rows) {
		if (entry.section) {
			console.log(`| **${entry.section.replaceAll("|", String.raw`\|`)}** | | | | | |`);
			continue;
		}

		const name = entry.name.replaceAll('|', String.raw`\|`);
		if (entry.computed !== undefined) {
			console.log(`| ${name} | | | ${entry.computed.toFixed(2)} | ${verdict(entry, rows)} | |`);
			continue;
		}

		console.log(`| ${name} | ${format(entry.median)} | ${format(entry.min)}–${format(entry.max).trim()} | ${entry.ratio.toFixed(2)} | ${verdict(entry, rows)} | ${entry.rss ? entry.rss.toFixed(0) : ''} |`);
	}

	console.log('\nCPU per key in the reader (mean over the keys; /proc counts 10 ms ticks; goal ≤ 16 ms):');
	for (const [name, cost] of Object.entries(keys)) {
		console.log(`- ${name}: ${cost.toFixed(1)} ms ${cost <= 16 ? '✓' : '✗'}`);
	}

	const idlePercent = (kiosk.idleCpu / kiosk.idleSeconds) * 100;
	console.log(`\nKiosk on 10,000 posts: first screen after ${kiosk.firstScreenMs.toFixed(0)} ms; idle ${idlePercent.toFixed(2)} % of a core ${idlePercent <= 0.2 ? '✓' : '✗'} ≤ 0.2 %\n`);
	console.log(formatKiosk(kiosk));
}
