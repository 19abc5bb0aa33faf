// The hostile set: inputs a hostile audit found hanging, crashing or taking minutes (8,000 headings, a 50,000-row
// table, a 2,000-column table, a YAML alias bomb, deep nesting; and runs of stars from before). Each lives in a content folder of its own, so a
// command over the whole folder (check, list) meets that input alone. Every row has a limit: far above what a
// linear renderer needs on this machine under load, far below what the quadratic or unbounded code took.
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const frontMatter = (title, date) => `---\ntitle: "${title}"\ndate: ${date}\n---\n`;

/** The classic "billion laughs" in front matter: nine levels of ten, 10^9 strings once expanded, in under 600 bytes. */
function aliasBomb() {
	const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (let level = 1; level < 9; level++) {
		const name = String.fromCodePoint(97 + level);
		lines.push(`${name}: &${name} [${Array.from({length: 10}, () => `*${String.fromCodePoint(96 + level)}`).join(',')}]`);
	}

	return `---\ntitle: Bomb\n${lines.join('\n')}\ndate: *i\n---\nBody\n`;
}

const inputs = {
	headings: frontMatter('Eight thousand headings', '2026-02-01') + Array.from({length: 8000}, (_, index) => `## Heading ${index}\n`).join('\n'),
	'long-table': `${frontMatter('Fifty thousand rows', '2026-02-02')}| n | link |\n|---|---|\n${Array.from({length: 50_000}, (_, index) => `| ${index} | [row ${index}](https://example.org/${index}) |`).join('\n')}\n`,
	'wide-table': `${frontMatter('Two thousand columns', '2026-02-03')}|${Array.from({length: 2000}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(2000)}\n|${'x|'.repeat(2000)}\n`,
	'alias-bomb': aliasBomb(),
	'deep-quotes': `${frontMatter('Deep quotes', '2026-02-04')}${'>'.repeat(10_000)} deep\n`,
	'deep-lists': frontMatter('Deep lists', '2026-02-05') + Array.from({length: 500}, (_, depth) => `${'  '.repeat(depth)}- item ${depth}\n`).join(''),
	'star-runs': `${frontMatter('Star runs', '2026-02-06')}Before ${'*'.repeat(100_000)} after ${'*a'.repeat(20_000)}\n`,
};

/** One folder per input under `root`: its name → the folder. */
export function makeHostileFixtures(root) {
	return Object.fromEntries(Object.entries(inputs).map(([slug, text]) => {
		const folder = path.join(root, 'hostile', slug);
		mkdirSync(path.join(folder, 'posts'), {recursive: true});
		copyFileSync('content/clinic.yml', path.join(folder, 'clinic.yml'));
		writeFileSync(path.join(folder, 'posts', `${slug}.md`), text);
		return [slug, folder];
	}));
}

// Before: `print` overflowed the stack, `check` took over 60 s, `read --color` 24.6 s, the alias bomb wrote 172 MB.
const seconds = 6;
const megabytes = 300;

/**
[row name, shell command, goal]. Output goes to /dev/null (not a terminal, so plain text as in a pipe) and the exit
status counts, so a crash fails the row instead of hiding behind `| cat`. Check must fail on the alias bomb (broken
front matter), so that row is negated with `!`; measure.js wraps the command in double quotes, so no `$?` here.
*/
export function hostileRows(bin, folders) {
	const goal = {ms: seconds * 1000, rss: megabytes};
	const on = (slug, command) => {
		const shown = command.includes('SLUG') ? command.replace('SLUG', slug) : `${command} (${slug})`;
		const fails = slug === 'alias-bomb' && command === 'check' ? '! ' : '';
		return [shown, `${fails}${bin} ${command.replace('SLUG', slug)} --content ${folders[slug]} > /dev/null`, goal];
	};
	return [
		on('headings', 'print SLUG'),
		on('headings', 'read SLUG --color'),
		on('headings', 'check'),
		on('long-table', 'check'),
		on('long-table', 'read SLUG'),
		on('wide-table', 'read SLUG --color'),
		on('wide-table', 'print SLUG'),
		on('alias-bomb', 'list'),
		on('alias-bomb', 'check'),
		...['deep-quotes', 'deep-lists', 'star-runs'].flatMap(slug => [on(slug, 'read SLUG'), on(slug, 'read SLUG --color'), on(slug, 'check')]),
	];
}

/** The reader opening the 2,000-column table in a pty: the first screen of it (the audit saw a 22 s freeze). */
export const readerOnWideTable = folders => ({name: 'reader opens the 2,000-column table (pty)', args: ['dist/bin.js', 'read', 'wide-table', '--content', folders['wide-table']], text: 'c0: x', goal: {ms: seconds * 1000}});
