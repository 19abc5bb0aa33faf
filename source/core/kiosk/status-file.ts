import {writeFileAtomically} from '../files.js';

/** The kiosk's heartbeat, for a monitoring script: rewritten every minute, so a stale `time` means trouble. */
export type Heartbeat = {
	readonly time: string;
	readonly uptimeSeconds: number;
	readonly rssBytes: number;
	/** The slug on screen; null on the contact card or in quiet hours. */
	readonly post: string | null;
	readonly postsLoaded: number;
	readonly lastContentError: string | null;
	/** When `sync` last brought the feed in successfully (from the content folder's sync state); null if never. */
	readonly lastSync: string | null;
};

/**
Write the heartbeat as JSON, atomically: a monitor never sees half a file.
*/
export function writeStatusFile(file: string, heartbeat: Heartbeat): void {
	writeFileAtomically(file, `${JSON.stringify(heartbeat, undefined, '	')}
`);
}
