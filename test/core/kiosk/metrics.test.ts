import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {formatMetrics, writeMetricsFile} from '../../../source/core/kiosk/metrics.js';
import {temporaryDirectory} from '../../helpers/content.js';

type Family = {help?: string; type?: string; samples: Array<{labels: Record<string, string>; value: number}>};

/** A strict reader of the Prometheus text format (0.0.4): every line a comment, HELP, TYPE or a sample. */
function parseExposition(text: string): Map<string, Family> {
	expect(text.endsWith('\n')).toBe(true);
	const families = new Map<string, Family>();
	const family = (name: string) => families.get(name) ?? families.set(name, {samples: []}).get(name)!;
	const name = '[a-zA-Z_:][a-zA-Z0-9_:]*';
	for (const line of text.slice(0, -1).split('\n')) {
		const meta = new RegExp(`^# (HELP|TYPE) (${name}) (.+)$`).exec(line);
		if (meta) {
			const entry = family(meta[2]!);
			if (meta[1] === 'HELP') {
				entry.help = meta[3]!;
			} else {
				expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3]);
				expect(entry.samples).toEqual([]);
				entry.type = meta[3]!;
			}

			continue;
		}

		const sample = new RegExp(`^(${name})(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*",?)*)\\})? (\\S+)$`).exec(line);
		expect(sample, `not a sample: ${line}`).not.toBeNull();
		const labels = Object.fromEntries([...(sample![2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map(match => [match[1]!, match[2]!]));
		const value = Number(sample![3]);
		expect(Number.isFinite(value)).toBe(true);
		family(sample![1]!).samples.push({labels, value});
	}

	return families;
}

const sample = {
	startedAt: Date.parse('2026-12-01T08:00:00Z'),
	lastRenderAt: Date.parse('2026-12-01T14:35:12.345Z'),
	posts: 11,
	urgentNotices: 1,
	infoNotices: 2,
	contentChangedAt: Date.parse('2026-12-01T14:00:00Z'),
	contentProblems: 0,
	rssBytes: 73_400_320,
};

test('every family has HELP and TYPE gauge, and the values are the sample\'s', () => {
	const families = parseExposition(formatMetrics(sample));
	for (const [name, entry] of families) {
		expect(entry.help, name).toBeDefined();
		expect(entry.type, name).toBe('gauge');
		expect(name).toMatch(/^clinic_read_kiosk_/);
	}

	const value = (name: string, labels: Record<string, string> = {}) => families.get(name)?.samples.find(entry => JSON.stringify(entry.labels) === JSON.stringify(labels))?.value;
	expect(value('clinic_read_kiosk_up')).toBe(1);
	expect(value('clinic_read_kiosk_last_render_timestamp_seconds')).toBe(Date.parse('2026-12-01T14:35:12.345Z') / 1000);
	expect(value('clinic_read_kiosk_posts')).toBe(11);
	expect(value('clinic_read_kiosk_notices_active', {priority: 'urgent'})).toBe(1);
	expect(value('clinic_read_kiosk_notices_active', {priority: 'info'})).toBe(2);
	expect(value('clinic_read_kiosk_content_change_timestamp_seconds')).toBe(Date.parse('2026-12-01T14:00:00Z') / 1000);
	// Sync has not run (or is not installed): 0 means never, as node_exporter reports unknown times.
	expect(value('clinic_read_kiosk_last_sync_success_timestamp_seconds')).toBe(0);
	expect(value('clinic_read_kiosk_resident_memory_bytes')).toBe(73_400_320);
	expect(value('clinic_read_kiosk_start_time_seconds')).toBe(Date.parse('2026-12-01T08:00:00Z') / 1000);
});

test('the file is replaced whole, with no temporary file left, and passes promtool where it is installed', () => {
	const directory = temporaryDirectory('clinic-read-metrics-');
	const file = path.join(directory, 'clinic_read.prom');
	writeMetricsFile(file, sample);
	writeMetricsFile(file, {...sample, posts: 12});
	expect(readdirSync(directory)).toEqual(['clinic_read.prom']);
	const text = readFileSync(file, 'utf8');
	expect(parseExposition(text).get('clinic_read_kiosk_posts')?.samples[0]?.value).toBe(12);
	if (spawnSync('promtool', ['--version']).status === 0) {
		expect(execFileSync('promtool', ['check', 'metrics'], {input: text, encoding: 'utf8'})).toBe('');
	}
});
