// Content for the benchmark: catalogues of 10, 1,000, 10,000 and (unless quick) 50,000 posts, and a 1 MB article (the
// hostile posts are in hostile.js). Writing 60,000 files takes minutes on a busy disk, so they are kept in
// node_modules/.cache between runs; a catalogue counts once its last file is written.
import {copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const version = 1;
const fixtureFolder = path.resolve(`node_modules/.cache/clinic-read-bench/fixtures-${version}`);

const paragraph = 'Gentle, regular movement keeps joints comfortable. A physiotherapist can show you **which exercises** suit you, and how to *pace* them through the week. ';

function post(title, date, body) {
	return `---\ntitle: "${title}"\ndate: ${date}\nauthor: Bench Writer\nsummary: "A generated post for the benchmark."\ntags: [physiotherapy, mobility]\n---\n${body}\n`;
}

function catalogue(root, count) {
	const directory = path.join(root, `catalogue-${count}`);
	const complete = path.join(directory, '.complete');
	if (existsSync(complete)) {
		return directory;
	}

	rmSync(directory, {recursive: true, force: true});
	mkdirSync(path.join(directory, 'posts'), {recursive: true});
	copyFileSync('content/clinic.yml', path.join(directory, 'clinic.yml'));
	const body = `## Section\n\n${paragraph.repeat(6)}\n\n- **One:** first\n- **Two:** second\n`;
	for (let index = 0; index < count; index++) {
		const date = new Date(Date.UTC(2000, 0, 1) + ((index % 9000) * 86_400_000)).toISOString().slice(0, 10);
		writeFileSync(path.join(directory, 'posts', `post-${index}.md`), post(`Generated post number ${index}`, date, body));
	}

	writeFileSync(complete, '');
	return directory;
}

export const sizes = [10, 1000, 10_000, 50_000];

/** Every fixture, made if missing; `counts` picks the catalogue sizes. */
export function makeFixtures(counts = sizes) {
	const root = fixtureFolder;
	const special = path.join(root, 'special');
	mkdirSync(path.join(special, 'posts'), {recursive: true});
	copyFileSync('content/clinic.yml', path.join(special, 'clinic.yml'));
	const big = Array.from({length: 1300}, (_, index) => `## Part ${index}\n\n${paragraph.repeat(4)}\n`).join('\n');
	const files = {
		'one-megabyte': post('One megabyte', '2026-01-01', big),
	};
	for (const [slug, text] of Object.entries(files)) {
		writeFileSync(path.join(special, 'posts', `${slug}.md`), text);
	}

	const catalogues = Object.fromEntries(counts.map(count => [count, catalogue(root, count)]));
	return {root, catalogues, special, bigBytes: Buffer.byteLength(files['one-megabyte'])};
}
