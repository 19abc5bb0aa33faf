import {UserError} from '../core/errors.js';
import {msUntilNextMinute} from '../core/kiosk/clock.js';
import {type KioskSample, writeMetricsFile} from '../core/kiosk/metrics.js';
import {type Heartbeat, writeStatusFile} from '../core/kiosk/status-file.js';

export type HeartbeatSource = () => Pick<Heartbeat, 'post' | 'postsLoaded' | 'lastContentError' | 'lastSync'>;
export type MetricsSource = () => Omit<KioskSample, 'startedAt' | 'rssBytes'>;

const startedAt = Date.now() - (process.uptime() * 1000);

/**
Call `write` now, then at every minute until stopped. The first write must work (a wrong path is reported at once,
naming `what` and the file); a later failure, such as a full disk, is skipped and tried again next minute: the display
matters more, and the file's stale time tells the monitor.
*/
function everyMinute(what: string, file: string, write: () => void): () => void {
	try {
		write();
	} catch (error) {
		throw new UserError(`cannot write the ${what} ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}

	let timer: NodeJS.Timeout | undefined;
	const tick = () => {
		try {
			write();
		} catch {
			// Skipped this minute.
		}

		timer = setTimeout(tick, msUntilNextMinute(Date.now()));
	};

	timer = setTimeout(tick, msUntilNextMinute(Date.now()));
	return () => {
		clearTimeout(timer);
	};
}

/** The JSON status file, rewritten every minute. */
export function startHeartbeat(file: string, source: HeartbeatSource): () => void {
	return everyMinute('status file', file, () => {
		writeStatusFile(file, {
			time: new Date().toISOString(),
			uptimeSeconds: Math.round(process.uptime()),
			rssBytes: process.memoryUsage.rss(),
			...source(),
		});
	});
}

/** The Prometheus metrics file for node_exporter's textfile collector, rewritten every minute. */
export function startMetrics(file: string, source: MetricsSource): () => void {
	return everyMinute('metrics file', file, () => {
		writeMetricsFile(file, {startedAt, rssBytes: process.memoryUsage.rss(), ...source()});
	});
}
