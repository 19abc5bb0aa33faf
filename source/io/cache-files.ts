import {createHash} from 'node:crypto';
import path from 'node:path';
import envPaths from 'env-paths';

/** The user's cache folder for clinic-read: everything in it is safe to delete, and made again when missing. */
export function cacheDirectory(): string {
	return envPaths('clinic-read', {suffix: ''}).cache;
}

/** One file of the cache folder for `identity` (a path, say): `index-1a2b3c4d5e6f.json`, or in a subfolder `kind/`. */
export function cacheFile(kind: 'index' | 'articles', identity: string): string {
	const hash = createHash('sha256').update(identity).digest('hex').slice(0, 12);
	return kind === 'index' ? path.join(cacheDirectory(), `index-${hash}.json`) : path.join(cacheDirectory(), kind, `${hash}.json`);
}
