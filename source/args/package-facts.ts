import {readFileSync} from 'node:fs';

/** What --version and --help say, from the installed package.json (two folders up, from source/args or dist/chunks). */
export type PackageFacts = {readonly name: string; readonly version: string; readonly description: string};

export function packageFacts(): PackageFacts {
	return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageFacts;
}
