import {execFileSync} from 'node:child_process';
import {root} from './helpers/cli.js';

/** The CLI tests run dist/: build it first, so `npx vitest` alone never tests a stale build. */
export default function setup(): void {
	execFileSync(process.execPath, ['scripts/build.js'], {cwd: root, stdio: 'inherit'});
}
