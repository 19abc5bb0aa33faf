import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {formatCommandHelp, formatHelp, helpText} from '../../source/args/help.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';
import {bin, root, runCli} from '../helpers/cli.js';

describe('list', () => {
	test('prints every post newest first: number, date, unread marker, title, slug', () => {
		const {stdout, stderr, status} = runCli(['list']);
		const lines = stdout.trimEnd().split('\n');
		expect(status).toBe(0);
		expect(stderr).toBe('');
		expect(lines.at(-1)).toBe("11  2022-10-03  *  A Beginner's Guide to Trigger Point Therapy  trigger-point-therapy");
		const dates = lines.map(line => line.split(/\s+/)[2]!);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('with no command and no terminal, prints the list', () => {
		expect(runCli([]).stdout).toBe(runCli(['list']).stdout);
	});

	test('--json gives metadata with read and readingMinutes; --unread leaves read posts out', () => {
		const configDirectory = temporaryDirectory();
		runCli(['mark', 'trigger-point-therapy'], {configDirectory});
		const posts = JSON.parse(runCli(['list', '--json'], {configDirectory}).stdout) as Array<{slug: string; read: boolean; readingMinutes: number}>;
		expect(posts.find(post => post.slug === 'trigger-point-therapy')).toMatchObject({read: true, readingMinutes: expect.any(Number)});
		expect(posts.filter(post => post.read)).toHaveLength(1);
		const unread = JSON.parse(runCli(['list', '--json', '--unread'], {configDirectory}).stdout) as unknown[];
		expect(unread).toHaveLength(posts.length - 1);
		expect(runCli(['list', '--unread'], {configDirectory}).stdout).not.toContain('trigger-point-therapy');
	});

	test('a broken post is skipped with one warning naming the file; the rest still show', () => {
		const content = makeContent({'good.md': postText({title: 'Good', date: '2026-01-01'}), 'bad.md': postText({title: 'Bad', date: 'yesterday'})});
		const {stdout, stderr, status} = runCli(['list', '--content', content]);
		expect(status).toBe(0);
		expect(stdout).toContain('Good  good');
		expect(stderr).toBe(`clinic-read: warning: ${path.join(content, 'posts', 'bad.md')}: impossible date "yesterday" (use YYYY-MM-DD)\n`);
	});
});

describe('read', () => {
	test('piped: plain text, wrapped at 80, with no escape byte at all, even with FORCE_COLOR', () => {
		const {stdout, status} = runCli(['read', 'trigger-point-therapy'], {env: {FORCE_COLOR: '3', FORCE_HYPERLINK: '1'}});
		expect(status).toBe(0);
		expect(stdout).not.toContain('\u001B');
		expect(stdout.split('\n').slice(0, 2)).toEqual(["A Beginner's Guide to Trigger Point Therapy", '='.repeat(43)]);
		expect(stdout.split('\n')[2]).toMatch(/^Khairunnisa Hemani - October 3, 2022 - \d min read$/);
		expect(Math.max(...stdout.split('\n').map(line => line.length))).toBeLessThanOrEqual(80);
		expect(stdout.trimEnd().split('\n').at(-1)).toContain('Delta Physiotherapy & Rehab - 905-270-3086');
	});

	test('--width wraps narrower; a number reads by position; --mark marks the post read', () => {
		const configDirectory = temporaryDirectory();
		const {stdout} = runCli(['read', '11', '--width', '40', '--mark'], {configDirectory});
		expect(Math.max(...stdout.split('\n').map(line => line.length))).toBeLessThanOrEqual(40);
		expect(runCli(['list'], {configDirectory}).stdout).toContain('2022-10-03     A Beginner');
	});

	test('--color keeps the formatting in a pipe', () => {
		const {stdout} = runCli(['read', 'trigger-point-therapy', '--color']);
		expect(stdout).toContain('\u001B[1m');
	});

	test('- reads Markdown from stdin and never marks anything', () => {
		const {stdout, status} = runCli(['read', '-'], {input: '# Notes\n\n- **one** [link](https://example.com)\n\n![A knee](k.png)\n\u001B]0;x\u0007'});
		expect(status).toBe(0);
		expect(stdout).toContain('Notes\n=====');
		expect(stdout).toContain('- one link (https://example.com)');
		expect(stdout).toContain('[Image: A knee]');
		expect(stdout).not.toContain('\u001B');
	});

	test('a reference is read without the spaces around it', () => {
		expect(runCli(['read', ' 1 ']).stdout).toBe(runCli(['read', '1']).stdout);
	});

	test('an unknown slug exits 1 with a suggestion', () => {
		const {stdout, stderr, status} = runCli(['read', 'trigger-pont']);
		expect([stdout, stderr, status]).toEqual(['', 'clinic-read: no post "trigger-pont". Did you mean "trigger-point-therapy"?\n', 1]);
	});

	test.each([
		[['read', 'x', '--width', 'abc'], 'clinic-read: --width must be a whole number from 20 to 1000, not "abc"'],
		[['print', '--all', '--width=-5'], 'clinic-read: --width must be a whole number from 20 to 1000, not "-5"'],
		[['list', '--wpm', '200'], 'clinic-read: --wpm is a flag of "kiosk", not of "list"; see "clinic-read list --help"'],
		[['list', '--unred'], 'clinic-read: unknown flag "--unred"; did you mean "--unread"?'],
		[['lsit'], 'clinic-read: unknown command "lsit"; did you mean "list"?'],
		[['--json=maybe'], 'clinic-read: --json is on or off and takes no value; write --json or --no-json, not "--json=maybe"'],
		[['--version', 'extra'], 'clinic-read: unknown command "extra"; try list, read, contact, notices, mark, print, check, new, kiosk, sync, config, completion, help (see --help)'],
		[['read', 'x', '--width', '40', '--width', '50'], 'clinic-read: --width was given more than once; give it once'],
		[['--bogus'], 'clinic-read: unknown flag "--bogus"; see "clinic-read --help"'],
		[['frobnicate'], 'clinic-read: unknown command "frobnicate"; try list, read, contact, notices, mark, print, check, new, kiosk, sync, config, completion, help (see --help)'],
		[['read'], 'clinic-read: read needs a slug, a number from "clinic-read list", or - for standard input'],
		[['read', '../../etc/passwd'], 'clinic-read: "../../etc/passwd" is a path; give a slug or number from "clinic-read list"'],
	])('usage error %j exits 2 with one line', (args, message) => {
		const {stderr, status} = runCli(args);
		expect(status).toBe(2);
		expect(stderr).toBe(`${message}\n`);
	});

	test('| head -1 exits quietly, and piped output is never cut short', () => {
		const head = spawnSync('sh', ['-c', `node ${bin} read trigger-point-therapy | head -1; echo "rc=\${PIPESTATUS:-$?}"`], {encoding: 'utf8', cwd: root, env: {...process.env, CLINIC_READ_CONFIG_DIR: temporaryDirectory()}});
		expect(head.stdout).toBe("A Beginner's Guide to Trigger Point Therapy\nrc=0\n");
		expect(head.stderr).toBe('');
		const big = makeContent({'big.md': postText({title: 'Big', date: '2026-01-01'}, 'word '.repeat(400_000))});
		const {stdout} = runCli(['read', 'big', '--content', big]);
		expect(stdout.length).toBeGreaterThan(2_000_000);
		expect(stdout.trimEnd().endsWith('Book online')).toBe(true);
	});
});

test('a full disk is one line and exit 1, not a stack trace', () => {
	const full = spawnSync('sh', ['-c', `node ${bin} read trigger-point-therapy > /dev/full`], {encoding: 'utf8', cwd: root, env: {...process.env, CLINIC_READ_CONFIG_DIR: temporaryDirectory()}});
	expect([full.status, full.stderr]).toEqual([1, 'clinic-read: cannot write the output (ENOSPC)\n']);
});

describe('contact and mark', () => {
	test('contact prints the card; --json the fields', () => {
		expect(runCli(['contact']).stdout).toBe('Delta Physiotherapy & Rehab\nPhone:    905-270-3086\nBook:     Call or book online\nAddress:  Mississauga, Ontario\n');
		expect(JSON.parse(runCli(['contact', '--json']).stdout)).toMatchObject({name: 'Delta Physiotherapy & Rehab', phone: '905-270-3086'});
	});

	test('mark changes read state from scripts, and checks every slug before changing anything', () => {
		const configDirectory = temporaryDirectory();
		expect(runCli(['mark', '--all'], {configDirectory}).stdout).toBe('Marked 11 posts read.\n');
		expect(runCli(['list', '--unread'], {configDirectory}).stdout).toBe('');
		expect(runCli(['mark', 'gait-training', 'nope'], {configDirectory}).status).toBe(1);
		expect(runCli(['list', '--unread'], {configDirectory}).stdout).toBe('');
		runCli(['mark', 'gait-training', '--unread'], {configDirectory});
		expect(runCli(['list', '--unread'], {configDirectory}).stdout).toContain('gait-training');
		expect(runCli(['mark'], {configDirectory}).status).toBe(2);
	});

	test('a corrupt config is moved aside with one line, and nothing crashes', () => {
		const configDirectory = temporaryDirectory();
		spawnSync('sh', ['-c', `printf '{"read": {' > ${configDirectory}/config.json`]);
		const {stderr, status} = runCli(['list'], {configDirectory});
		expect(status).toBe(0);
		expect(stderr).toMatch(/^clinic-read: warning: .*config\.json was not valid read state; moved it to .*config\.json\.corrupt-.* and started fresh\n$/);
	});
});

describe('help and version', () => {
	test('--help is the usage block in the README, word for word', () => {
		const {stdout, status} = runCli(['--help']);
		expect(status).toBe(0);
		const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
		const usage = /```\n\$ clinic-read --help\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(usage).toBe(stdout.replace(/^\n/, ''));
		expect(helpText).toMatch(/^ {2}read +Read a post; - reads Markdown from stdin$/m);
	});

	test('the quick --help (no meow loaded) is exactly what meow prints, and so is the help meow parses', async () => {
		const {default: meow} = await import('meow');
		const {description} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {description: string};
		const fromMeow = `${meow(helpText, {importMeta: import.meta, argv: [], description}).help}\n`;
		expect(formatHelp(description)).toBe(fromMeow);
		for (const args of [['--help'], ['-h'], ['help'], ['--help', '--content', 'x'], ['help', '-h']]) {
			expect(runCli(args).stdout).toBe(fromMeow);
		}
	});

	test.each([[['read', '--help']], [['help', 'read']], [['read', 'x', '-h']], [['read', '--bogus', '--help']]])('%j prints only read\'s help', args => {
		const {stdout, stderr, status} = runCli(args);
		expect([stderr, status]).toEqual(['', 0]);
		expect(stdout).toBe(formatCommandHelp('read'));
		expect(stdout).toContain('$ clinic-read read <slug|number|->');
		expect(stdout).toContain('--no-pager');
		expect(stdout).not.toContain('--wpm');
		expect(stdout).not.toContain('kiosk');
	});

	test('--version and -v print the version from package.json, even with more after them', () => {
		const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};
		for (const args of [['--version'], ['-v'], ['list', '--version']]) {
			expect(runCli(args).stdout).toBe(`${version}\n`);
		}
	});
});
