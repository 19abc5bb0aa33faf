// The sync rows: the feed server in a child process, and a content folder emptied before each first-time sync.
import {spawn} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {once} from 'node:events';

export async function startBenchFeed(count = 50) {
	const server = spawn(process.execPath, ['bench/feed-server.js', String(count)], {stdio: ['ignore', 'pipe', 'inherit']});
	const [chunk] = await once(server.stdout, 'data');
	// The server prints its address once; without these the bench would wait for it forever once the table is out.
	server.stdout.destroy();
	server.unref();
	const content = mkdtempSync(path.join(tmpdir(), 'clinic-read-bench-sync-'));
	const empty = () => {
		rmSync(content, {recursive: true, force: true});
		mkdirSync(content);
		copyFileSync('content/clinic.yml', path.join(content, 'clinic.yml'));
	};

	empty();
	process.on('exit', () => {
		server.kill();
		rmSync(content, {recursive: true, force: true});
	});
	return {url: String(chunk).trim(), content, empty};
}
