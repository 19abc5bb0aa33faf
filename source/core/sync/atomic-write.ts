import {randomBytes} from 'node:crypto';
import {renameSync, rmSync, writeFileSync} from 'node:fs';

/**
Write through a temporary file in the same folder and a rename: a reader (the kiosk's hot reload) sees the old file
or the new one, never half of one. The temporary name does not end in .md, so the catalogue never lists it.
*/
export function writeFileAtomic(file: string, text: string): void {
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		writeFileSync(temporary, text, {flag: 'wx'});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}
