import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {root} from '../helpers/cli.js';

// The global setup has built dist/. Every command starts by loading the command-line chunk (meow and cli.ts), so
// what meow bundles but clinic-read never runs must stay out of it (scripts/patches/library-patches.js).
test('the command-line chunk leaves out meow\'s package.json finder and normalizer', () => {
	const chunks = path.join(root, 'dist', 'chunks');
	const [cli] = readdirSync(chunks).filter(name => /^cli-\w+\.js$/.test(name));
	const text = readFileSync(path.join(chunks, cli!), 'utf8');
	expect(text).toContain('can only be set once');
	expect(text).not.toMatch(/spdx|hosted-git-info|package\.json/i);
});
