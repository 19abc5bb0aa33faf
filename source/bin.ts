#!/usr/bin/env node
// Runs before anything else loads: ESM imports are hoisted, so cli.ts itself would be too late.
// (React's production build is fixed at bundle time: scripts/build.js defines NODE_ENV, see pitfalls §3.)
// chalk ignores NO_COLOR (no-color.org); FORCE_COLOR=0 is what it and the libraries bundling their own chalk honour.
if (process.env['NO_COLOR']) {
	process.env['FORCE_COLOR'] = '0';
}

// A reader closing the pipe (`| head -1`) is a normal end, not a crash; so is a terminal that hung up (EIO).
// Any other write error (a full disk: ENOSPC) is one line and exit 1, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE' || error.code === 'EIO') {
			process.exit(0);
		}

		if (stream === process.stdout) {
			process.stderr.write(`clinic-read: cannot write the output (${error.code ?? error.message})\n`);
		}

		process.exit(1);
	});
}

await import('./cli.js');
