// Content for the benchmark, generated in a temp folder: a 10,000-post catalogue, a 10-post one, a 1 MB article,
// and the hostile posts of issue 5 (deep nesting, runs of stars, a wide table).
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const paragraph = 'Gentle, regular movement keeps joints comfortable. A physiotherapist can show you **which exercises** suit you, and how to *pace* them through the week. ';

function post(title, date, body) {
	return `---\ntitle: "${title}"\ndate: ${date}\nauthor: Bench Writer\nsummary: "A generated post for the benchmark."\ntags: [physiotherapy, mobility]\n---\n${body}\n`;
}

function catalogue(root, count) {
	const directory = path.join(root, `catalogue-${count}`);
	mkdirSync(path.join(directory, 'posts'), {recursive: true});
	copyFileSync('content/clinic.yml', path.join(directory, 'clinic.yml'));
	for (let index = 0; index < count; index++) {
		const date = new Date(Date.UTC(2000, 0, 1) + (index * 86_400_000)).toISOString().slice(0, 10);
		const body = `## Section\n\n${paragraph.repeat(6)}\n\n- **One:** first\n- **Two:** second\n`;
		writeFileSync(path.join(directory, 'posts', `post-${index}.md`), post(`Generated post number ${index}`, date, body));
	}

	return directory;
}

export function makeFixtures() {
	const root = mkdtempSync(path.join(tmpdir(), 'clinic-read-bench-'));
	const special = path.join(root, 'special');
	mkdirSync(path.join(special, 'posts'), {recursive: true});
	copyFileSync('content/clinic.yml', path.join(special, 'clinic.yml'));
	const big = Array.from({length: 1300}, (_, index) => `## Part ${index}\n\n${paragraph.repeat(4)}\n`).join('\n');
	const files = {
		'one-megabyte': post('One megabyte', '2026-01-01', big),
		'deep-quotes': post('Deep quotes', '2026-01-02', `${'>'.repeat(10_000)} deep\n`),
		'deep-lists': post('Deep lists', '2026-01-03', Array.from({length: 500}, (_, depth) => `${'  '.repeat(depth)}- item ${depth}\n`).join('')),
		'star-runs': post('Star runs', '2026-01-04', `Before ${'*'.repeat(100_000)} after ${'*a'.repeat(20_000)}\n`),
		'wide-table': post('Wide table', '2026-01-05', `|${Array.from({length: 2000}, (_, index) => `c${index}`).join('|')}|\n|${'---|'.repeat(2000)}\n|${'x|'.repeat(2000)}\n`),
	};
	for (const [slug, text] of Object.entries(files)) {
		writeFileSync(path.join(special, 'posts', `${slug}.md`), text);
	}

	return {root, small: catalogue(root, 10), large: catalogue(root, 10_000), special, bigBytes: Buffer.byteLength(files['one-megabyte'])};
}
