import {readdirSync, writeFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {readSyncState, syncStateFile, writeSyncState} from '../../../source/core/sync/state.js';
import {temporaryDirectory} from '../../helpers/content.js';

describe('sync state', () => {
	test('written atomically and read back; fields of the wrong type are dropped', () => {
		const directory = temporaryDirectory();
		const file = syncStateFile(directory);
		writeSyncState(file, {url: 'https://x.example/feed', etag: 'W/"1"', failures: 2, lastSuccess: '2026-12-01T10:00:00.000Z'});
		expect(readSyncState(file)).toEqual({url: 'https://x.example/feed', etag: 'W/"1"', failures: 2, lastSuccess: '2026-12-01T10:00:00.000Z'});
		expect(readdirSync(directory)).toEqual(['.sync-state.json']);
		writeFileSync(file, JSON.stringify({etag: 7, failures: -1, url: 'u'}));
		expect(readSyncState(file)).toEqual({url: 'u'});
	});

	test('missing or broken: an empty state', () => {
		const directory = temporaryDirectory();
		expect(readSyncState(syncStateFile(directory))).toEqual({});
		writeFileSync(syncStateFile(directory), '{"etag":');
		expect(readSyncState(syncStateFile(directory))).toEqual({});
	});
});
