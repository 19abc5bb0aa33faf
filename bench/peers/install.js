// The Node peers of `read | cat` (msee, markdown-it's CLI), installed once into node_modules/.cache with npm, so
// they never become dependencies of clinic-read. Without the registry the bench leaves their rows out.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';

const peers = {msee: 'msee@0.3.5', 'markdown-it': 'markdown-it@15.0.3'};
const prefix = path.resolve('node_modules/.cache/clinic-read-bench/peers');

/** Paths of the peers' executables, by name; missing ones are left out with a note on stderr. */
export function nodePeers() {
	const bin = name => path.join(prefix, 'node_modules', '.bin', name);
	const missing = Object.keys(peers).filter(name => !existsSync(bin(name)));
	if (missing.length > 0) {
		mkdirSync(prefix, {recursive: true});
		const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', ...missing.map(name => peers[name])], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
		if (result.status !== 0) {
			process.stderr.write(`bench: could not install ${missing.join(', ')} into ${prefix}; their rows are left out\n${result.stderr}`);
		}
	}

	return Object.fromEntries(Object.keys(peers).filter(name => existsSync(bin(name))).map(name => [name, bin(name)]));
}
