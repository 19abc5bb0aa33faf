import {renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Eight letters and digits at random: unique enough for a temporary file's name or a save's id (not a secret). */
export function randomName(): string {
	return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

/**
Write a file through a temporary one beside it and a rename, so a reader (a monitor, a kiosk, the next run) never
sees half a file; the temporary file never outlives a failed write.
*/
export function writeFileAtomically(file: string, text: string): void {
	const temporary = `${file}.${randomName()}.tmp`;
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
