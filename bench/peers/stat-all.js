// The floor of a warm `list` on a large catalogue: Node starts, lists the posts folder, stats every post (as the
// catalogue must, so that a post edited in place shows at once) and writes a line per post, nothing else.
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

const folder = path.join(process.argv[2], 'posts');
const lines = [];
for (const name of readdirSync(folder)) {
	const {size, mtimeMs} = statSync(path.join(folder, name));
	lines.push(`${size} ${mtimeMs} ${name}`);
}

process.stdout.write(`${lines.join('\n')}\n`);
