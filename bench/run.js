// npm run bench: start-up, rendering and interaction timings of clinic-read against `node -e 0` and outside tools.
// Timings vary between runs on shared machines: compare ratios from one run, never absolute numbers across runs.
import {cpus} from 'node:os';
import {firstFrame, cpuPerKey, timeInPty} from './pty.js';
import {makeFixtures} from './fixtures.js';
import {has, median, timeCommand} from './measure.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const bin = 'node dist/bin.js';
const fixtures = makeFixtures();
const env = {...process.env, CLINIC_READ_CONFIG_DIR: `${fixtures.root}/config`};
const rows = [];
const row = (name, result, target) => rows.push({name, ...result, target});

const floor = timeCommand('node -e 0', {runs, env});
row('node -e 0', floor);
const piped = [
	['--version', `${bin} --version`, 1.2],
	['--help', `${bin} --help`, 1.2],
	['list | cat', `${bin} list | cat`, 1.5],
	['contact | cat', `${bin} contact | cat`, 1.5],
	['read SLUG | cat', `${bin} read trigger-point-therapy | cat`, 1.5],
	['list | cat (10 posts)', `${bin} list --content ${fixtures.small} | cat`, undefined],
	['list | cat (10,000 posts)', `${bin} list --content ${fixtures.large} | cat`, undefined],
	[`read 1 MB article | cat`, `${bin} read one-megabyte --content ${fixtures.special} | cat`, undefined],
	['read 1 MB article --color | cat', `${bin} read one-megabyte --color --content ${fixtures.special} | cat`, undefined],
];
for (const [name, command, target] of piped) {
	row(name, timeCommand(command, {runs, env}), target);
}

for (const slug of ['deep-quotes', 'deep-lists', 'star-runs', 'wide-table']) {
	row(`read ${slug} | cat (hostile)`, timeCommand(`${bin} read ${slug} --content ${fixtures.special} | cat`, {runs: Math.min(runs, 5), env}));
}

row('cat (article file)', timeCommand('cat content/posts/trigger-point-therapy.md', {runs, env}));
if (has('bat')) {
	row('bat --paging=never (article)', timeCommand('bat --paging=never --color=always content/posts/trigger-point-therapy.md', {runs, env}));
}

if (has('pandoc')) {
	row('pandoc -t plain (article)', timeCommand('pandoc -t plain content/posts/trigger-point-therapy.md', {runs, env}));
}

const noPager = await timeInPty(['dist/bin.js', 'read', 'trigger-point-therapy', '--no-pager'], runs, env);
row('read SLUG --no-pager (pty)', {median: median(noPager), min: Math.min(...noPager), max: Math.max(...noPager), rss: 0}, 2);

const frames = [];
let keyCost = {};
for (let index = 0; index < Math.min(runs, 8) + 1; index++) {
	const session = await firstFrame(['dist/bin.js'], 'posts', env);
	if (index > 0) {
		frames.push(session.elapsed);
	}

	if (index === 1) {
		// Ink starts reading keys just after its first frame; give it a moment so no key meets a cooked terminal.
		await new Promise(resolve => {
			setTimeout(resolve, 200);
		});
		keyCost = {
			'move in the list': await cpuPerKey(session, Array.from({length: 120}, (_, key) => (key % 2 ? 'k' : 'j'))),
			'open an article': await cpuPerKey(session, Array.from({length: 40}, (_, key) => (key % 2 ? 'q' : '\r'))),
		};
		session.child.write('\r');
		await new Promise(resolve => {
			setTimeout(resolve, 300);
		});
		keyCost['scroll a page'] = await cpuPerKey(session, Array.from({length: 120}, (_, key) => (key % 2 ? 'b' : ' ')));
	}

	session.child.write('qq');
	await session.exited;
}

{
	// Issue 10/16: with a filter active, a key must not re-filter 10,000 posts' text.
	const session = await firstFrame(['dist/bin.js', '--content', fixtures.large], 'posts', env);
	await new Promise(resolve => {
		setTimeout(resolve, 200);
	});
	session.child.write('/number 12\r');
	await new Promise(resolve => {
		setTimeout(resolve, 500);
	});
	keyCost['move in the list, filter active (10,000 posts)'] = await cpuPerKey(session, Array.from({length: 120}, (_, key) => (key % 2 ? 'k' : 'j')));
	session.child.write('\u001Bqq');
	await session.exited;
}

row('interactive: first frame (pty)', {median: median(frames), min: Math.min(...frames), max: Math.max(...frames), rss: 0}, 2.5);

const format = value => value.toFixed(0).padStart(6);
console.log(`clinic-read bench: ${runs} runs after warm-up, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.log(`Fixtures: 10,000-post catalogue, a ${(fixtures.bigBytes / 1024 / 1024).toFixed(2)} MB article, hostile posts (${fixtures.root})\n`);
console.log('| what | median ms | min–max ms | × node -e 0 | target | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const {name, median: middle, min, max, rss, target} of rows) {
	const ratio = middle / floor.median;
	const verdict = target === undefined ? '' : `${ratio <= target ? '✓' : '✗'} ≤ ${target}`;
	console.log(`| ${name.replaceAll('|', String.raw`\|`)} | ${format(middle)} | ${format(min)}–${format(max).trim()} | ${ratio.toFixed(2)} | ${verdict} | ${rss ? rss.toFixed(0) : ''} |`);
}

const large = rows.find(entry => entry.name.includes('10,000'));
const small = rows.find(entry => entry.name.includes('(10 posts)'));
console.log(`\n10,000 posts vs 10: ${(large.median / small.median).toFixed(2)}× (target ≤ 2), peak RSS ${large.rss.toFixed(0)} MB (target < 150)`);
console.log('\nCPU per key in the reader (mean over the keys; /proc counts 10 ms ticks; target < 16 ms):');
for (const [name, cost] of Object.entries(keyCost)) {
	console.log(`- ${name}: ${cost.toFixed(1)} ms`);
}
