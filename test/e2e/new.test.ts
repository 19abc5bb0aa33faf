import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {makeContent, temporaryDirectory} from '../helpers/content.js';
import {spawnScreen} from '../helpers/pty.js';

/** An editor that records the file it was given. */
function recordingEditor(): {editor: string; log: string} {
	const directory = temporaryDirectory();
	const log = path.join(directory, 'opened');
	const editor = path.join(directory, 'editor.sh');
	writeFileSync(editor, `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`);
	chmodSync(editor, 0o755);
	return {editor, log};
}

describe('new at a terminal', () => {
	test('opens $EDITOR on the new post, then prints its path', async () => {
		const content = makeContent({});
		const {editor, log} = recordingEditor();
		const screen = spawnScreen(['new', 'Hip pain', '--content', content], {env: {EDITOR: editor, VISUAL: ''}});
		expect((await screen.exited).exitCode).toBe(0);
		expect(readFileSync(log, 'utf8')).toBe(path.join(content, 'posts', 'hip-pain.md'));
	}, 60_000);

	test('--no-edit, or a pipe, only prints the path', async () => {
		const content = makeContent({});
		const {editor, log} = recordingEditor();
		const screen = spawnScreen(['new', 'Hip pain', '--content', content, '--no-edit'], {env: {EDITOR: editor, VISUAL: ''}});
		expect((await screen.exited).exitCode).toBe(0);
		expect(runCli(['new', 'Knee pain', '--content', content], {env: {EDITOR: editor}}).status).toBe(0);
		expect(existsSync(log)).toBe(false);
		expect(existsSync(path.join(content, 'posts', 'knee-pain.md'))).toBe(true);
	}, 60_000);
});
