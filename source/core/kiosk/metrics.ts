import {writeFileAtomically} from '../files.js';

/** What the kiosk reports to Prometheus, through node_exporter's textfile collector. Times are epoch ms. */
export type KioskSample = {
	readonly startedAt: number;
	/** When Ink last wrote a frame; the kiosk is stale when this stops moving. */
	readonly lastRenderAt?: number | undefined;
	/** Posts in the rotation now (after show windows and --tag). */
	readonly posts: number;
	readonly urgentNotices: number;
	readonly infoNotices: number;
	/** The last reload that changed something. */
	readonly contentChangedAt?: number | undefined;
	/** The last successful `clinic-read sync`, when sync has run. */
	readonly lastSyncAt?: number | undefined;
	readonly contentProblems: number;
	readonly rssBytes: number;
};

type Metric = {readonly name: string; readonly help: string; readonly samples: ReadonlyArray<readonly [labels: string, value: number]>};

const seconds = (ms: number | undefined) => (ms === undefined ? 0 : Math.round(ms) / 1000);

/**
The sample in the Prometheus text exposition format (version 0.0.4): HELP and TYPE before each family, all gauges, a
timestamp that is unknown reported as 0, as node_exporter's own metrics do.
*/
export function formatMetrics(sample: KioskSample): string {
	const metrics: Metric[] = [
		{name: 'clinic_read_kiosk_up', help: 'Whether the clinic-read kiosk is running (it rewrites this file every minute).', samples: [['', 1]]},
		{name: 'clinic_read_kiosk_start_time_seconds', help: 'When the kiosk started, in seconds since the epoch.', samples: [['', seconds(sample.startedAt)]]},
		{name: 'clinic_read_kiosk_last_render_timestamp_seconds', help: 'When the kiosk last drew a frame, in seconds since the epoch.', samples: [['', seconds(sample.lastRenderAt)]]},
		{name: 'clinic_read_kiosk_posts', help: 'Posts in the rotation now.', samples: [['', sample.posts]]},
		{name: 'clinic_read_kiosk_notices_active', help: 'Notices showing now, by priority.', samples: [['{priority="urgent"}', sample.urgentNotices], ['{priority="info"}', sample.infoNotices]]},
		{name: 'clinic_read_kiosk_content_change_timestamp_seconds', help: 'When the content folder last changed as the kiosk saw it, in seconds since the epoch.', samples: [['', seconds(sample.contentChangedAt)]]},
		{name: 'clinic_read_kiosk_last_sync_success_timestamp_seconds', help: 'When clinic-read sync last succeeded, in seconds since the epoch; 0 if never.', samples: [['', seconds(sample.lastSyncAt)]]},
		{name: 'clinic_read_kiosk_content_problems', help: 'Problems the last content reload found (files skipped or kept at their last good version).', samples: [['', sample.contentProblems]]},
		{name: 'clinic_read_kiosk_resident_memory_bytes', help: 'Resident memory of the kiosk process, in bytes.', samples: [['', sample.rssBytes]]},
	];
	return metrics.map(({name, help, samples}) => [
		`# HELP ${name} ${help}`,
		`# TYPE ${name} gauge`,
		...samples.map(([labels, value]) => `${name}${labels} ${value}`),
	].join('\n')).join('\n') + '\n';
}

/** Rewrite the metrics file through a temporary file and a rename, so the collector never reads half of it. */
export function writeMetricsFile(file: string, sample: KioskSample): void {
	writeFileAtomically(file, formatMetrics(sample));
}
