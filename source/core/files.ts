import {randomBytes} from 'node:crypto';
import {renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
Write a file through a temporary one beside it and a rename, so a reader (a monitor, a kiosk, the next run) never
sees half a file; the temporary file never outlives a failed write.
*/
export function writeFileAtomically(file: string, text: string): void {
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/** A path relative to `cwd` when it is inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
	const absolute = path.resolve(cwd, file);
	const relative = path.relative(cwd, absolute);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
