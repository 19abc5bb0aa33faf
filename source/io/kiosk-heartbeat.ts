import {UserError} from '../core/errors.js';
import {msUntilNextMinute} from '../core/kiosk/clock.js';
import {type Heartbeat, writeStatusFile} from '../core/kiosk/status-file.js';

export type HeartbeatSource = () => Pick<Heartbeat, 'post' | 'postsLoaded' | 'lastContentError' | 'lastSync'>;

function beat(file: string, source: HeartbeatSource): void {
	writeStatusFile(file, {
		time: new Date().toISOString(),
		uptimeSeconds: Math.round(process.uptime()),
		rssBytes: process.memoryUsage.rss(),
		...source(),
	});
}

/**
Write the status file now, then every minute until stopped. The first write must work (a wrong path is reported at
once); a later failure, such as a full disk, is skipped and tried again next minute: the display matters more.
*/
export function startHeartbeat(file: string, source: HeartbeatSource): () => void {
	try {
		beat(file, source);
	} catch (error) {
		throw new UserError(`cannot write the status file ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}

	let timer: NodeJS.Timeout | undefined;
	const tick = () => {
		try {
			beat(file, source);
		} catch {
			// Skipped this minute; the status file's stale time tells the monitor.
		}

		timer = setTimeout(tick, msUntilNextMinute(Date.now()));
	};

	timer = setTimeout(tick, msUntilNextMinute(Date.now()));
	return () => {
		clearTimeout(timer);
	};
}
