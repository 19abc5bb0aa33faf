import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Post} from '../../source/core/content/post.js';

const created: string[] = [];

/** A new folder under the system's temp folder, removed after the test file (test/setup.ts). */
export function temporaryDirectory(prefix = 'clinic-read-'): string {
	const directory = mkdtempSync(path.join(tmpdir(), prefix));
	created.push(directory);
	return directory;
}

export function removeTemporaryDirectories(): void {
	for (const directory of created.splice(0)) {
		rmSync(directory, {recursive: true, force: true});
	}
}

export const clinicYaml = 'name: Test Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Book online\n';

/** A temporary content folder with clinic.yml and the given post files (name → text). */
export function makeContent(posts: Readonly<Record<string, string>>, clinic = clinicYaml): string {
	const directory = temporaryDirectory('clinic-read-content-');
	mkdirSync(path.join(directory, 'posts'));
	writeFileSync(path.join(directory, 'clinic.yml'), clinic);
	for (const [name, text] of Object.entries(posts)) {
		writeFileSync(path.join(directory, 'posts', name), text);
	}

	return directory;
}

export function postText(fields: Readonly<Record<string, string>>, body = 'Some text.'): string {
	return `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n${body}\n`;
}

/** A post for component and reducer tests. */
export function fakePost(slug: string, overrides: Partial<Post> = {}): Post {
	return {
		slug,
		file: `${slug}.md`,
		title: `Title of ${slug}`,
		date: '2026-01-01',
		tags: ['physiotherapy'],
		body: `Body of ${slug}.`,
		words: 3,
		readingMinutes: 1,
		summary: `Summary of ${slug}.`,
		...overrides,
	};
}
