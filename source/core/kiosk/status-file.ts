import {randomBytes} from 'node:crypto';
import {renameSync, rmSync, writeFileSync} from 'node:fs';

/** The kiosk's heartbeat, for a monitoring script: rewritten every minute, so a stale `time` means trouble. */
export type Heartbeat = {
	readonly time: string;
	readonly uptimeSeconds: number;
	readonly rssBytes: number;
	/** The slug on screen; null on the contact card or in quiet hours. */
	readonly post: string | null;
	readonly postsLoaded: number;
	readonly lastContentError: string | null;
};

/**
Write the heartbeat as JSON through a temporary file and a rename, so a reader never sees half a file.
*/
export function writeStatusFile(file: string, heartbeat: Heartbeat): void {
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		writeFileSync(temporary, `${JSON.stringify(heartbeat, undefined, '\t')}\n`);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}
