import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {helpRows} from '../source/core/reader/keymap.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test.each(['list', 'article', 'menu'] as const)('the README keys table for the %s is the keymap', screen => {
	const table = ['| Key | Does |', '| --- | --- |', ...helpRows(screen).map(([keys, help]) => `| ${keys.split(' ').map(key => `\`${key}\``).join(' ')} | ${help} |`)].join('\n');
	expect(readme).toContain(table);
});

test('the quick start is exactly two commands', () => {
	const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
	expect(quickStart.trim().split('\n').map(line => line.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm install && npm test']);
});
