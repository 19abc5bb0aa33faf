import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';

const fixtures = 'test/fixtures/check';
const postKeys = 'known: title, date, author, summary, tags, image, url, show_from, show_until, pinned, source';
const clinicKeys = 'known: name, phone, city, booking, website, bookingUrl, email, address, hours, closures, timezone, disclaimer, feed';

// One fixture folder a kind of problem; the CLI runs in the repository root, so paths print relative to it.
// Two posts with one slug (Knee.md, knee.md) cannot live in git on a case-insensitive disk: test/core/check.test.ts covers that.
const cases: ReadonlyArray<readonly [fixture: string, line: string, exitCode: number]> = [
	['no-front-matter', 'posts/knee-pain.md:1: error: no front matter (the file must start with a "---" block)', 1],
	['broken-front-matter', 'posts/knee-pain.md:4: error: broken front matter: unexpected end of the stream within a double quoted scalar', 1],
	['missing-title', 'posts/knee-pain.md:1: error: missing "title"', 1],
	['missing-date', 'posts/knee-pain.md:1: error: missing "date"', 1],
	['impossible-date', 'posts/knee-pain.md:3: error: impossible date "2025-02-30" (use YYYY-MM-DD)', 1],
	['future-date', 'posts/knee-pain.md:3: error: date 2999-01-01 is more than a day in the future', 1],
	['title-not-text', 'posts/knee-pain.md:2: error: "title" must be text', 1],
	['author-not-text', 'posts/knee-pain.md:4: error: "author" must be text', 1],
	['tags-not-list', 'posts/knee-pain.md:4: error: "tags" must be a list of words, such as [massage, pain]', 1],
	['image-not-mapping', 'posts/knee-pain.md:4: error: "image" must be a mapping with "alt" (and optional "src")', 1],
	['image-without-alt', 'posts/knee-pain.md:4: error: image has no alt text (add "alt:" under "image")', 1],
	['url-not-web', 'posts/knee-pain.md:4: error: "url" must be a web address starting with https:// or http://, not "ftp://example.com/knee-pain"', 1],
	['unknown-key', `posts/knee-pain.md:4: warning: unknown front-matter key "category" (${postKeys})`, 0],
	['duplicate-title', `posts/a-knee-pain.md:2: error: title "Knee pain" is already used by ${fixtures}/duplicate-title/posts/knee-pain.md, an older post`, 1],
	['bad-file-name', 'posts/Knee Pain.md:1: error: file name is not a slug (use lower-case letters, digits, "-", "_" or ".")', 1],
	['empty-link', 'posts/knee-pain.md:7: error: link "Book a visit" links to nothing (the target is empty)', 1],
	['relative-link', 'posts/knee-pain.md:8: error: link "our hip guide" links to nothing: "hip-pain.md" has no scheme (use http, https, mailto or tel)', 1],
	['bad-link-scheme', 'posts/knee-pain.md:7: error: link "the form" uses the scheme "javascript:" (use http, https, mailto or tel)', 1],
	['image-without-alt-text', 'posts/knee-pain.md:7: error: image "knee.png" has no alt text', 1],
	['clinic-missing-field', 'clinic.yml:1: error: missing "phone"', 1],
	['clinic-bad-phone', 'clinic.yml:2: error: phone "call 905-555-0100" may only hold digits, spaces, dashes and parentheses, with an optional leading +', 1],
	['clinic-short-phone', 'clinic.yml:2: error: phone "555-0100" has 7 digits; it needs at least 10', 1],
	['clinic-bad-website', 'clinic.yml:5: error: "website" must be a web address starting with https:// or http://, not "www.example.com"', 1],
	['clinic-bad-email', 'clinic.yml:5: error: email "front-desk.example.com" does not look like an address (name@example.com)', 1],
	['clinic-unknown-key', `clinic.yml:5: warning: unknown key "fax" (${clinicKeys})`, 0],
	['clinic-broken-yaml', 'clinic.yml:4: error: broken YAML: unexpected end of the stream within a double quoted scalar', 1],
	['missing-clinic', 'clinic.yml:1: error: no such file; the clinic\'s name, phone, city and booking go here', 1],
	['missing-posts', 'posts:1: error: no such folder; posts go in <content>/posts/<slug>.md', 1],
];

describe('check', () => {
	test('the bundled content passes with no problem at all', () => {
		expect(runCli(['check'])).toEqual({stdout: 'check: 11 posts, 0 errors, 0 warnings\n', stderr: '', status: 0});
	});

	test('a valid fixture passes', () => {
		expect(runCli(['check', '--content', `${fixtures}/valid`])).toEqual({stdout: 'check: 1 post, 0 errors, 0 warnings\n', stderr: '', status: 0});
	});

	test.each(cases)('%s', (fixture, line, exitCode) => {
		const {stdout, stderr, status} = runCli(['check', '--content', `${fixtures}/${fixture}`]);
		const [problem, summary] = stdout.split('\n');
		const severity = exitCode === 0 ? '0 errors, 1 warning' : '1 error, 0 warnings';
		expect({problem, stderr, status}).toEqual({problem: `${fixtures}/${fixture}/${line}`, stderr: '', status: exitCode});
		expect(summary).toMatch(new RegExp(`^check: [012] posts?, ${severity}$`));
	});

	test('--json gives the problems and the counts', () => {
		const {stdout, status} = runCli(['check', '--json', '--content', `${fixtures}/empty-link`]);
		expect(status).toBe(1);
		expect(JSON.parse(stdout)).toEqual({
			problems: [{file: `${fixtures}/empty-link/posts/knee-pain.md`, line: 7, severity: 'error', message: 'link "Book a visit" links to nothing (the target is empty)'}],
			posts: 1,
			notices: 0,
			errors: 1,
			warnings: 0,
		});
		expect(JSON.parse(runCli(['check', '--json']).stdout)).toEqual({problems: [], posts: 11, notices: 0, errors: 0, warnings: 0});
	});

	test('a folder outside the working directory prints absolute paths', () => {
		const {stdout} = runCli(['check', '--content', '/nonexistent-clinic-read']);
		expect(stdout).toBe('/nonexistent-clinic-read/clinic.yml:1: error: no such file; the clinic\'s name, phone, city and booking go here\n'
			+ '/nonexistent-clinic-read/posts:1: error: no such folder; posts go in <content>/posts/<slug>.md\ncheck: 0 posts, 2 errors, 0 warnings\n');
	});

	test('arguments are a usage error', () => {
		expect(runCli(['check', 'extra'])).toEqual({stdout: '', stderr: 'clinic-read: check takes no arguments; use --content to choose the folder\n', status: 2});
	});
});
