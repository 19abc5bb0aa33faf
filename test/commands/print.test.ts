import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';

/** The pages of print's output, each as lines; every page ends with a form feed. */
function pagesOf(stdout: string): string[][] {
	expect(stdout.endsWith('\f')).toBe(true);
	return stdout.slice(0, -1).split('\f').map(page => page.split('\n'));
}

const nonBlank = (lines: readonly string[]) => lines.filter(line => line !== '');

describe('print', () => {
	test('one article: 66-line pages of 72 columns, each ended by a form feed, with no escape byte', () => {
		const {stdout, stderr, status} = runCli(['print', 'trigger-point-therapy']);
		expect(status).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).not.toContain('\u001B');
		const pages = pagesOf(stdout);
		expect(stdout.split('\f')).toHaveLength(pages.length + 1);
		expect(pages.length).toBeGreaterThan(1);
		for (const [index, lines] of pages.entries()) {
			expect(lines).toHaveLength(66);
			expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(72);
			expect(lines[0]).toBe('Delta Physiotherapy & Rehab  A Beginner\'s Guide to Trigger Point Therapy');
			expect(lines.at(-1)).toMatch(new RegExp(`^Questions\\? Call 905-270-3086 +Page ${index + 1} of ${pages.length}$`));
		}
	});

	test('--large: 48-line pages of 48 columns; header, footer and contact block fit the smaller page', () => {
		const {stdout, status} = runCli(['print', 'trigger-point-therapy', '--large']);
		expect(status).toBe(0);
		const pages = pagesOf(stdout);
		expect(pages.length).toBeGreaterThan(2);
		for (const [index, lines] of pages.entries()) {
			expect(lines).toHaveLength(48);
			expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(48);
			expect(lines[0]).toBe('Delta Physiotherapy &…  A Beginner\'s Guide to T…');
			expect(lines.at(-1)).toMatch(new RegExp(`^Questions\\? Call 905-270-3086 +Page ${index + 1} of ${pages.length}$`));
		}

		expect(stdout).toMatch(/^Phone: {4}905-270-3086$/m);
		// An explicit size still wins.
		expect(pagesOf(runCli(['print', 'trigger-point-therapy', '--large', '--page-length', '50']).stdout)[0]).toHaveLength(50);
	});

	test('the text is the plain read output up to its call to book, then the contact block and the disclaimer', () => {
		const printed = pagesOf(runCli(['print', 'trigger-point-therapy', '--width', '60']).stdout).flatMap(lines => lines.slice(2, -2));
		const read = nonBlank(runCli(['read', 'trigger-point-therapy', '--plain', '--width', '60']).stdout.trimEnd().split('\n'));
		const article = read.slice(0, read.findIndex(line => line.startsWith('*Questions') || line.startsWith('Questions, or ready')));
		const text = nonBlank(printed);
		expect(article.length).toBeGreaterThan(20);
		expect(text.slice(0, article.length)).toEqual(article);
		expect(text.slice(article.length).join('\n')).toMatch(/^Delta Physiotherapy & Rehab\nPhone: +905-270-3086\nBook: [^]*not a diagnosis[^]*$/);
	});

	test('paper gets no tel: address and no app instructions, and the phone at most twice a page', () => {
		const {stdout} = runCli(['print', '--all']);
		expect(stdout).not.toMatch(/tel:|clinic-read|press `?c`?/);
		for (const page of pagesOf(stdout)) {
			expect(page.join('\n').split('905-270-3086').length - 1).toBeLessThanOrEqual(2);
		}
	});

	test('only ASCII with --ascii, or when the locale is not UTF-8', () => {
		const content = makeContent({'cafe.md': postText({title: 'Café “rehab” — a very long title that has to be cut short here', date: '2026-01-01'}, 'Knee… and ½ hour — 中文 ’s')});
		for (const run of [runCli(['print', 'cafe', '--content', content, '--width', '40', '--ascii']), runCli(['print', 'cafe', '--content', content, '--width', '40'], {env: {LANG: 'C'}})]) {
			expect(run.status).toBe(0);
			expect(run.stdout).toMatch(/^[\n\f\u0020-\u007E]*$/);
			expect(run.stdout.split('\n')[0]).toMatch(/^Test Clinic {2}Cafe "rehab" - a very lo\.\.\.$/);
			expect(run.stdout).toContain('Knee... and 1/2 hour - ZhongWen \'s');
		}

		expect(runCli(['print', 'cafe', '--content', content, '--width', '40']).stdout).toContain('Knee… and ½ hour');
	});

	test('- is not a post, and gets no unrelated suggestion', () => {
		expect(runCli(['print', '-'])).toMatchObject({status: 2, stdout: '', stderr: 'clinic-read: "-" (standard input) works with read only; give a slug or number from "clinic-read list"\n'});
	});

	test('--page-length, --width and --no-contact', () => {
		const {stdout, status} = runCli(['print', 'gait-training', '--page-length', '20', '--width', '40', '--no-contact']);
		expect(status).toBe(0);
		for (const lines of pagesOf(stdout)) {
			expect(lines).toHaveLength(20);
			expect(Math.max(...lines.map(line => stringWidth(line)))).toBeLessThanOrEqual(40);
		}

		expect(stdout).not.toContain('Phone:');
		expect(stdout).toContain('diagnosis');
	});

	test('several slugs and --all: each article from a new page, numbered on its own', () => {
		const two = pagesOf(runCli(['print', 'trigger-point-therapy', 'gait-training']).stdout);
		const starts = two.flatMap((lines, index) => (/Page 1 of \d+$/.test(lines.at(-1)!) ? [index] : []));
		expect(starts).toEqual([0, expect.any(Number)]);
		const second = starts[1]!;
		expect(two[second - 1]!.at(-1)).toMatch(new RegExp(`Page ${second} of ${second}$`));
		expect(two[second]![2]).toBe(runCli(['read', 'gait-training', '--plain', '--width', '72']).stdout.split('\n')[0]);
		expect(two.at(-1)!.at(-1)).toMatch(new RegExp(`Page ${two.length - second} of ${two.length - second}$`));

		const all = pagesOf(runCli(['print', '--all']).stdout);
		const posts = JSON.parse(runCli(['list', '--json']).stdout) as unknown[];
		expect(all.filter(lines => /Page 1 of \d+$/.test(lines.at(-1)!))).toHaveLength(posts.length);
	});

	test('printing does not mark a post read', () => {
		const configDirectory = temporaryDirectory();
		expect(runCli(['print', 'trigger-point-therapy'], {configDirectory}).status).toBe(0);
		const posts = JSON.parse(runCli(['list', '--json'], {configDirectory}).stdout) as Array<{slug: string; read: boolean}>;
		expect(posts.find(post => post.slug === 'trigger-point-therapy')?.read).toBe(false);
	});

	test('an unknown slug is the same error as read gives, and nothing is printed', () => {
		const printed = runCli(['print', 'trigger-point-therapy', 'trigger-pont']);
		expect(printed.status).toBe(1);
		expect(printed.stdout).toBe('');
		expect(printed.stderr).toBe(runCli(['read', 'trigger-pont']).stderr);
		expect(printed.stderr).toBe('clinic-read: no post "trigger-pont". Did you mean "trigger-point-therapy"?\n');
	});

	test.each([
		[[], 'clinic-read: print needs one or more slugs, or --all'],
		[['gait-training', '--all'], 'clinic-read: give either slugs or --all, not both'],
		[['gait-training', '--page-length', '6'], 'clinic-read: --page-length must be a whole number from 7 (a header, a footer and three lines of text) to 1000, not "6"'],
		[['gait-training', '--page-length', 'long'], 'clinic-read: --page-length must be a whole number from 7 (a header, a footer and three lines of text) to 1000, not "long"'],
		[['gait-training', '--page-length', '-3'], 'clinic-read: --page-length must be a whole number from 7 (a header, a footer and three lines of text) to 1000, not "-3"'],
		[['gait-training', '--width', '5'], 'clinic-read: --width must be a whole number from 20 to 1000, not "5"'],
	])('usage error, exit 2: print %j', (args, message) => {
		const {stdout, stderr, status} = runCli(['print', ...args]);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`${message}\n`);
	});

	test('the shortest page that holds a header, a footer and three lines of text is allowed', () => {
		const {stdout, status} = runCli(['print', 'gait-training', '--page-length', '7', '--width', '20']);
		expect(status).toBe(0);
		for (const lines of pagesOf(stdout)) {
			expect(lines).toHaveLength(7);
			expect(nonBlank(lines.slice(2, -2)).length).toBeGreaterThan(0);
		}
	});
});
