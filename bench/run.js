// npm run bench: the whole table of the speed issue in one run. Every row is timed in pairs with `node -e 0` (see
// measure.js) and reports the median ratio; compare ratios from one run, never milliseconds across runs.
// npm run bench -- --quick leaves out the 50,000-post catalogue and shortens the kiosk.
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {makeFixtures} from './fixtures.js';
import {hostileRows, makeHostileFixtures, readerOnWideTable} from './hostile.js';
import {floorCommand, has, timeCommand, timePaired} from './measure.js';
import {nodePeers} from './peers/install.js';
import {cpuPerKey, firstFrame, pause, runInPty, timeFirstFrame} from './pty.js';
import {benchKiosk} from './kiosk.js';
import {printTable} from './table.js';
import {startBenchFeed} from './sync.js';

const quick = process.argv.includes('--quick');
const runs = Number(process.env.BENCH_RUNS ?? 11);
const fewer = Math.max(3, Math.ceil(runs / 3));
const started = performance.now();
const bin = 'node dist/bin.js';
const article = 'content/posts/trigger-point-therapy.md';
const fixtures = makeFixtures(quick ? [10, 1000, 10_000] : undefined);
const {catalogues} = fixtures;
const state = mkdtempSync(path.join(tmpdir(), 'clinic-read-bench-'));
const configDirectory = path.join(state, 'config');
const cacheDirectory = path.join(state, 'cache');
const env = {...process.env, CLINIC_READ_CONFIG_DIR: configDirectory, XDG_CACHE_HOME: cacheDirectory};
delete env.CI;
process.on('exit', () => rmSync(state, {recursive: true, force: true}));

/** A cold start: no catalogue index anywhere (the cache folder, or beside the read state as before). */
function dropIndex() {
	rmSync(cacheDirectory, {recursive: true, force: true});
	for (const name of readdirSync(configDirectory, {withFileTypes: true}).filter(entry => entry.name.startsWith('index-'))) {
		rmSync(path.join(configDirectory, name.name), {force: true});
	}
}

/** The articles `read` keeps (io/kept-articles.ts), so a row can time a first read. */
const dropKeptArticles = () => rmSync(path.join(cacheDirectory, 'clinic-read', 'articles'), {recursive: true, force: true});

mkdirSync(configDirectory);
const rows = [];
const row = (name, result, goal) => {
	rows.push({name, ...result, goal});
	process.stderr.write(`bench: ${name} ${result.ratio?.toFixed(2) ?? ''}× ${result.median.toFixed(0)} ms\n`);
};

const section = name => rows.push({section: name});
const pipe = async (name, command, goal, options = {}) => row(name, await timeCommand(command, {runs, env, ...options}), goal);
const ptyFloor = async () => runInPty(['-e', '0'], env);

section('Pipes (bundled posts)');
const floor = await timeCommand(floorCommand, {runs, env});
row('node -e 0', floor);
await pipe('--version', `${bin} --version`, {ratio: 1.2});
await pipe('--help', `${bin} --help`, {ratio: 1.2});
// The floor of every command: the bundle's start, meow's parse, and a command's help, which reads no posts.
await pipe('floor: list --help | cat (meow, no posts)', `${bin} list --help | cat`);
await pipe('list | cat', `${bin} list | cat`, {ratio: 1.4});
await pipe('contact | cat', `${bin} contact | cat`, {ratio: 1.4});
await pipe('read SLUG | cat', `${bin} read trigger-point-therapy | cat`, {ratio: 2, peer: 'msee'});
await pipe('read SLUG | cat, first read (no kept article)', `${bin} read trigger-point-therapy | cat`, undefined, {before: dropKeptArticles});
await pipe('floor: node + read + write', `node bench/peers/read-write.js ${article} | cat`);
await pipe('floor + marked\'s lexer', `node bench/peers/marked-lexer.js ${article} | cat`);
for (const [name, executable] of Object.entries(nodePeers())) {
	await pipe(name, `${executable} ${article} | cat`);
}

if (has('pandoc')) {
	await pipe('pandoc -t plain', `pandoc -t plain ${article} | cat`);
}

const bat = ['bat', 'batcat'].find(name => has(name));
if (bat) {
	await pipe('bat --paging=never', `${bat} --paging=never --color=always ${article} | cat`);
}

await pipe('cat (the article file)', `cat ${article} | cat`);
await pipe('read 1 MB article | cat', `${bin} read one-megabyte --content ${fixtures.special} | cat`, undefined, {runs: fewer});
await pipe('read 1 MB article --color | cat', `${bin} read one-megabyte --color --content ${fixtures.special} | cat`, undefined, {runs: fewer});

section('Hostile input, each alone in its content folder (limits: 6 s, 300 MB)');
const hostile = makeHostileFixtures(fixtures.root);
for (const [name, command, goal] of hostileRows(bin, hostile)) {
	await pipe(name, command, goal, {runs: fewer});
}

const wideReader = readerOnWideTable(hostile);
row(wideReader.name, await timePaired(() => timeFirstFrame(wideReader.args, wideReader.text, env), ptyFloor, {runs: fewer}), wideReader.goal);

section('sync, a 50-item RSS feed with full HTML bodies (local server)');
const feed = await startBenchFeed(50);
const sync = `${bin} sync ${feed.url} --content ${feed.content}`;
await pipe('sync: 50 new posts', sync, undefined, {runs: fewer, before: feed.empty});
await pipe('sync again: 304, nothing written', sync, undefined, {runs: fewer});

section('In a terminal (pty, 100×30)');
row('read SLUG --no-pager', await timePaired(() => runInPty(['dist/bin.js', 'read', 'trigger-point-therapy', '--no-pager'], env), ptyFloor, {runs}), {ratio: 2.5});
row('reader: first frame', await timePaired(() => timeFirstFrame(['dist/bin.js'], 'posts', env), ptyFloor, {runs}), {ratio: 3});

section('Catalogues, list | cat (index warm unless cold)');
for (const count of Object.keys(catalogues).map(Number)) {
	const content = catalogues[count];
	const many = count >= 50_000;
	if (many) {
		await pipe(`${count.toLocaleString('en')} posts, cold`, `${bin} list --content ${content} | cat`, {ms: 2000, rss: 200}, {runs: 3, warmup: 0, before: dropIndex});
	}

	await pipe(`${count.toLocaleString('en')} posts`, `${bin} list --content ${content} | cat`, many ? {ms: 400, rss: 200} : undefined, {runs: many ? 7 : runs});
	if (count >= 10_000) {
		await pipe(`floor: node + stat every post + write (${count.toLocaleString('en')})`, `node bench/peers/stat-all.js ${content} | cat`, undefined, {runs: many ? 7 : runs});
	}
}

const listOf = count => rows.find(entry => entry.name === `${count.toLocaleString('en')} posts`);
// Each side against its own node -e 0 runs, so a machine busier in one row than the other does not skew it.
rows.push({name: '10,000 posts vs 10', computed: listOf(10_000).ratio / listOf(10).ratio, goal: {computed: 1.5}});
if (catalogues[50_000]) {
	section('50,000 posts, reader\'s first frame (pty)');
	const frame = () => timeFirstFrame(['dist/bin.js', '--content', catalogues[50_000]], 'posts', env);
	row('first frame, cold', await timePaired(frame, ptyFloor, {runs: 3, warmup: 0, before: dropIndex}), {ms: 2000});
	row('first frame, warm', await timePaired(frame, ptyFloor, {runs: 7}), {ms: 500});
}

// CPU per key: the reader on 10,000 posts with a filter that keeps most of them, then on the bundled posts.
const keys = {};
{
	const session = await firstFrame(['dist/bin.js', '--content', catalogues[10_000]], 'posts', env);
	await pause(300);
	// One key at a time, each after the frame of the last: the first one reads every post's text.
	const filterLine = typed => session.screen().split('\n').some(line => line.startsWith(`/${typed} `) && line.includes(' of 10000'));
	for (const [index, key] of [...'/number 1'].entries()) {
		session.child.write(key);
		while (!filterLine('number 1'.slice(0, index))) {
			await pause(5);
		}

		await pause(50);
	}

	session.child.write('\r');
	while (session.screen().includes('Enter keep')) {
		await pause(5);
	}

	await pause(50);
	keys['10,000 posts, filter active: j / k'] = await cpuPerKey(session, Array.from({length: 60}, (_, key) => (key % 2 ? 'k' : 'j')));
	session.child.write('\u001Bqq');
	await session.exited;
}

{
	const session = await firstFrame(['dist/bin.js'], 'posts', env);
	// Ink starts reading keys just after its first frame; give it a moment so no key meets a cooked terminal.
	await pause(300);
	keys['bundled posts: move in the list'] = await cpuPerKey(session, Array.from({length: 120}, (_, key) => (key % 2 ? 'k' : 'j')));
	keys['bundled posts: open an article'] = await cpuPerKey(session, Array.from({length: 40}, (_, key) => (key % 2 ? 'q' : '\r')));
	session.child.write('\r');
	await pause(300);
	keys['bundled posts: scroll a page'] = await cpuPerKey(session, Array.from({length: 120}, (_, key) => (key % 2 ? 'b' : ' ')));
	session.child.write('qq');
	await session.exited;
}

const kiosk = await benchKiosk({content: catalogues[10_000], fastSeconds: quick ? 10 : 30, idleSeconds: quick ? 35 : 65, env});

printTable({rows, keys, kiosk, quick, runs, started});
