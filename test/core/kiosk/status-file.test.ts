import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {writeStatusFile} from '../../../source/core/kiosk/status-file.js';
import {temporaryDirectory} from '../../helpers/content.js';

const heartbeat = {time: '2026-01-01T00:00:00.000Z', uptimeSeconds: 60, rssBytes: 1000, post: 'a', postsLoaded: 3, lastContentError: null, lastSync: null};

test('writes JSON through a temporary file and leaves only the status file', () => {
	const directory = temporaryDirectory();
	const file = path.join(directory, 'status.json');
	writeStatusFile(file, heartbeat);
	writeStatusFile(file, {...heartbeat, uptimeSeconds: 120});
	expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({...heartbeat, uptimeSeconds: 120});
	expect(readdirSync(directory)).toEqual(['status.json']);
});

test('a folder that is not there throws, and no temporary file is left', () => {
	const directory = temporaryDirectory();
	expect(() => {
		writeStatusFile(path.join(directory, 'missing', 'status.json'), heartbeat);
	}).toThrow(/ENOENT/);
	expect(readdirSync(directory)).toEqual([]);
});
