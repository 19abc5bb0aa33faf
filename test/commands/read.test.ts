import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {makeContent, postText, temporaryDirectory} from '../helpers/content.js';

const unreadCount = (configDirectory: string) => runCli(['list', '--unread'], {configDirectory}).stdout.split('\n').filter(Boolean).length;

describe('read in a pipe', () => {
	test('printing is not reading: a pipe never marks the post read; --mark does, on purpose', () => {
		const configDirectory = temporaryDirectory();
		expect(runCli(['read', '1'], {configDirectory}).status).toBe(0);
		expect(unreadCount(configDirectory)).toBe(11);
		expect(runCli(['read', '1', '--mark'], {configDirectory}).status).toBe(0);
		expect(unreadCount(configDirectory)).toBe(10);
	});

	test('read --mark that cannot mark: the article is printed, then one line naming the folder, and exit 1', () => {
		const directory = temporaryDirectory();
		writeFileSync(path.join(directory, 'file'), 'x');
		const configDirectory = path.join(directory, 'file', 'config');
		const result = runCli(['read', 'gait-training', '--mark'], {configDirectory});
		expect(result.stdout).toContain('Gait Training: Walking Safely Again');
		expect(result.stderr).toBe(`clinic-read: cannot save read marks in ${configDirectory}: a file is in the way of the folder (ENOTDIR)\n`);
		expect(result.status).toBe(1);
	});

	const widest = (text: string) => Math.max(...text.split('\n').map(line => line.length));
	test('the width: --width, then $COLUMNS, then 80', () => {
		expect(widest(runCli(['read', 'gait-training']).stdout)).toBeLessThanOrEqual(80);
		expect(widest(runCli(['read', 'gait-training']).stdout)).toBeGreaterThan(60);
		expect(widest(runCli(['read', 'gait-training'], {env: {COLUMNS: '50'}}).stdout)).toBeLessThanOrEqual(50);
		expect(widest(runCli(['read', 'gait-training', '--width', '60'], {env: {COLUMNS: '50'}}).stdout)).toBeGreaterThan(50);
		expect(widest(runCli(['read', 'gait-training'], {env: {COLUMNS: 'wide'}}).stdout)).toBeGreaterThan(60);
	});
});

describe('a 50,000-row table with a link in every row', () => {
	const rows = Array.from({length: 50_000}, (_, index) => `| ${index} | [row ${index}](https://example.org/${index}) |`);
	const content = makeContent({'long-table.md': postText({title: 'Long table', date: '2026-01-01'}, `| n | link |\n|---|---|\n${rows.join('\n')}`)});
	test.each([['read'], ['print']])('%s prints it whole and exits 0 (it overflowed the stack)', command => {
		const result = runCli([command, 'long-table', '--content', content]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('row 49999');
	});
});
