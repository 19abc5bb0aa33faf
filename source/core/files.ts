import {randomBytes} from 'node:crypto';
import {renameSync, rmSync, writeFileSync} from 'node:fs';

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
