import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {describe, expect, test} from 'vitest';
import {bin, root} from '../helpers/cli.js';
import {temporaryDirectory} from '../helpers/content.js';
import {spawnScreen} from '../helpers/pty.js';

const fast = ['--min-seconds', '1', '--max-seconds', '2'];

function contentCopy(): string {
	const content = temporaryDirectory('clinic-read-desk-');
	cpSync(path.join(root, 'content'), content, {recursive: true});
	return content;
}

describe('the front desk, in a real terminal', () => {
	test('an urgent notice appears at its start, comes back before each article, and ends on its own', async () => {
		const content = contentCopy();
		mkdirSync(path.join(content, 'notices'));
		// Written with their own offset (Z), so the test does not depend on the clinic's zone.
		const at = (seconds: number) => new Date(Date.now() + (seconds * 1000)).toISOString().slice(0, 19) + 'Z';
		const from = Date.now() + 8000;
		const until = Date.now() + 20_000;
		writeFileSync(path.join(content, 'notices', 'snow.md'), `---\ntitle: Closing at noon\npriority: urgent\nfrom: ${at(8)}\nuntil: ${at(20)}\n---\nSnow: we close at 12:00 today.\n`);
		const screen = spawnScreen(['kiosk', '--content', content, ...fast], {columns: 100, rows: 30});
		await screen.waitFor('1 / 11', 15_000);
		expect(Date.now()).toBeLessThan(from);
		expect(screen.text()).not.toContain('URGENT NOTICE');

		const shown = await screen.waitFor('URGENT NOTICE', 20_000);
		expect(shown).toContain('Call 905-270-3086');
		// It holds, then the article it came before; then it comes back before the next one.
		await screen.waitFor(text => !text.includes('URGENT NOTICE'), 15_000);
		if (Date.now() < until - 4000) {
			await screen.waitFor('URGENT NOTICE', 15_000);
		}

		// After `until`, it never shows again: the rotation goes on by itself.
		while (Date.now() < until + 1000) {
			await delay(200);
		}

		await screen.waitFor(text => !text.includes('URGENT NOTICE'), 10_000);
		const seen = new Set<string>();
		for (let poll = 0; poll < 25; poll++) {
			await delay(200);
			const text = screen.text();
			expect(text).not.toContain('URGENT NOTICE');
			seen.add(/(?:page \d+ of \d+ {2}· {2})?\d+ \/ 11/.exec(text)?.[0] ?? '');
		}

		expect(seen.size).toBeGreaterThan(1);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	}, 90_000);

	test.each([
		['the kiosk', 'kiosk', '1 / 11'],
		['the reader', '', 'unread'],
	])('%s leaves nothing on stderr when it quits: the cursor comes back on the terminal', async (_name, command, ready) => {
		const errors = path.join(temporaryDirectory('clinic-read-stderr-'), 'stderr.txt');
		const screen = spawnScreen(['-c', `exec "${process.execPath}" "${bin}" ${command} 2>"${errors}"`], {shell: true});
		await screen.waitFor(ready, 15_000);
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
		expect(screen.output()).toContain('\u001B[?25h');
		expect(JSON.stringify(readFileSync(errors, 'utf8'))).toBe('""');
	}, 30_000);
});
