// npm run test:pack: the package as a user gets it. Pack the tarball, install it into an empty prefix with no
// network, then run the installed clinic-read (and npx from the tarball) against the bundled posts.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(tmpdir(), 'clinic-read-pack-'));
const run = (command, args, options = {}) => execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
const check = (what, condition) => {
	if (!condition) {
		throw new Error(`test:pack: ${what}`);
	}

	console.log(`ok - ${what}`);
};

const [{filename, files}] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
const tarball = path.join(work, filename);
const packed = files.map(file => file.path);
check('the tarball holds the build and the posts, not the sources or tests', packed.includes('dist/bin.js') && packed.includes('content/clinic.yml') && !packed.some(file => file.startsWith('source/') || file.startsWith('test/')));

const prefix = path.join(work, 'prefix');
const env = {...process.env, CLINIC_READ_CONFIG_DIR: path.join(work, 'config'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'};
run('npm', ['install', '--global', '--prefix', prefix, tarball], {env});
const installed = path.join(prefix, 'bin', 'clinic-read');
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
check('installs with no network and no run-time dependencies', !existsSync(path.join(prefix, 'lib', 'node_modules', 'clinic-read', 'node_modules')));
check('clinic-read --version', run(installed, ['--version'], {env}).trim() === version);
check('clinic-read list reads the bundled posts', run(installed, ['list'], {env}).includes('trigger-point-therapy'));
check('clinic-read read … | cat is plain text', !run(installed, ['read', 'trigger-point-therapy'], {env}).includes('\u001B'));
check('clinic-read contact', run(installed, ['contact'], {env}).includes('905-270-3086'));
const npx = run('npx', ['--yes', '--package', tarball, 'clinic-read', 'list'], {env: {...env, npm_config_cache: path.join(work, 'npx-cache')}, cwd: work});
check('npx clinic-read from the tarball', npx.includes('trigger-point-therapy'));
console.log('1..7');
