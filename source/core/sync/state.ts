import {readFileSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomically} from '../files.js';
import type {Validators} from './fetch-feed.js';
import type {Schedule} from './schedule.js';

/** What sync remembers between runs. Deleting the file is safe: the next sync asks unconditionally and rewrites the same posts. */
export type SyncState = Validators & Schedule & {
	/** The address that was asked for (argument or clinic.yml). */
	readonly url?: string;
	/** The feed itself, when `url` is a web page that links to it. */
	readonly feedUrl?: string;
	/** sha256 of the last feed body: a 200 with the same bytes changes nothing. */
	readonly bodyHash?: string;
	readonly lastSuccess?: string;
};

const stateName = '.sync-state.json';

/** The state file beside clinic.yml and posts/ (the catalogue reads only posts/*.md, so it is never a post). */
export function syncStateFile(contentDirectory: string): string {
	return path.join(contentDirectory, stateName);
}

function isStringOrAbsent(value: unknown): boolean {
	return value === undefined || typeof value === 'string';
}

/** The state on disk; a missing, unreadable or malformed file is an empty state (the next sync starts afresh). */
export function readSyncState(file: string): SyncState {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return {};
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {};
	}

	const fields = data as Record<string, unknown>;
	const state: Record<string, unknown> = {};
	for (const key of ['url', 'feedUrl', 'etag', 'lastModified', 'bodyHash', 'lastAttempt', 'lastSuccess', 'nextAllowed']) {
		if (isStringOrAbsent(fields[key]) && fields[key] !== undefined) {
			state[key] = fields[key];
		}
	}

	if (Number.isSafeInteger(fields['failures']) && (fields['failures'] as number) >= 0) {
		state['failures'] = fields['failures'];
	}

	return state as SyncState;
}

export function writeSyncState(file: string, state: SyncState): void {
	writeFileAtomically(file, `${JSON.stringify(state, undefined, '\t')}\n`);
}
