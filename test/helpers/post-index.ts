import {readFileSync, writeFileSync} from 'node:fs';
import {type HeadColumns, indexFileText} from '../../source/core/content/index-file.js';

type Parts = {header: {folder?: string; savedAt: number; id: string}; columns: HeadColumns & Record<string, unknown>; details: string[]};

/** An index file in its parts, to look at or to tamper with (then written back with writeIndexParts). */
export function readIndexParts(file: string): Parts & {magic: string} {
	const [magic, header, heads, ...details] = readFileSync(file, 'utf8').split('\n');
	return {magic: magic!, header: JSON.parse(header!) as Parts['header'], columns: JSON.parse(heads!) as Parts['columns'], details: details.slice(0, -1)};
}

/** Write an index back, its header's length of the heads line measured again, as a tampering hand would. */
export function writeIndexParts(file: string, {header, columns, details}: Parts): void {
	writeFileSync(file, indexFileText(header, columns, details));
}
