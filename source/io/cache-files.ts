import path from 'node:path';
import fnv1a from '@sindresorhus/fnv1a';
import envPaths from 'env-paths';

/** The user's cache folder for clinic-read: everything in it is safe to delete, and made again when missing. */
export function cacheDirectory(): string {
	return envPaths('clinic-read', {suffix: ''}).cache;
}

/** One file of the cache folder for `identity` (a path, say): `index-1a2b3c4d5e6f.json`, or in a subfolder `kind/`. */
export function cacheFile(kind: 'index' | 'articles', identity: string): string {
	// A name, not a secret: FNV-1a instead of node:crypto, which costs every command ~2 ms just to load.
	const hash = fnv1a(identity, {size: 64}).toString(16).padStart(16, '0').slice(0, 12);
	return kind === 'index' ? path.join(cacheDirectory(), `index-${hash}.json`) : path.join(cacheDirectory(), kind, `${hash}.json`);
}
