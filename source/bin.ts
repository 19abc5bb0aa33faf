#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import type {PackageFacts} from './cli.js';
import {exitAfterHangup, isHangup} from './io/hangup.js';
// Runs before anything else loads: ESM imports are hoisted, so cli.ts itself would be too late.
// (React's production build is fixed at bundle time: scripts/build.js defines NODE_ENV, because React's development
// build records a performance measure per render, which a kiosk running for weeks would never free.)
// NO_COLOR is not mapped to FORCE_COLOR=0, which would drop bold and reverse too: it picks the mono theme, and every
// style goes through the theme (core/theme), so no library colours anything on its own.

// A reader closing the pipe (`| head -1`) is a normal end, not a crash; so is a terminal that hung up (EIO).
// Any other write error (a full disk: ENOSPC) is one line and exit 1, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (isHangup(error)) {
			exitAfterHangup();
		}

		if (stream === process.stdout) {
			process.stderr.write(`clinic-read: cannot write the output (${error.code ?? error.message})\n`);
		}

		process.exit(1);
	});
}

if (process.env['DEBUG']?.includes('clinic-read')) {
	process.setSourceMapsEnabled(true);
}

// meow is most of the start-up time; the two answers that need none of it skip it.
const [only, ...rest] = process.argv.slice(2);
const quick = rest.length === 0 ? new Map([['--version', 'version'], ['-v', 'version'], ['--help', 'help'], ['-h', 'help'], ['help', 'help']]).get(only ?? '') : undefined;
// Read once, here: the two quick answers need nothing else, and meow is given it (cli.ts).
const facts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageFacts;
if (quick) {
	process.stdout.write(quick === 'version' ? `${facts.version}\n` : (await import('./args/help.js')).formatHelp(facts.description));
} else {
	await (await import('./cli.js')).runCli(process.argv.slice(2), facts);
}
