import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {legacyStateDirectory, migrateStateFolder, stateDirectory} from '../../../source/core/marks/state-folder.js';
import {temporaryDirectory} from '../../helpers/content.js';

describe('where read marks live', () => {
	test('the XDG state folder, named clinic-read, never clinic-read-nodejs', () => {
		expect(stateDirectory({env: {}, home: '/home/ana', platform: 'linux'})).toBe('/home/ana/.local/state/clinic-read');
		expect(stateDirectory({env: {XDG_STATE_HOME: '/s'}, home: '/home/ana', platform: 'darwin'})).toBe('/s/clinic-read');
		expect(legacyStateDirectory({env: {XDG_CONFIG_HOME: '/c'}, home: '/home/ana', platform: 'linux'})).toBe('/c/clinic-read-nodejs');
		expect(legacyStateDirectory({env: {}, home: '/home/ana', platform: 'linux'})).toBe('/home/ana/.config/clinic-read-nodejs');
	});

	test('the old folder is moved once, marks kept; an existing new folder is never overwritten', () => {
		const root = temporaryDirectory();
		const from = path.join(root, 'config', 'clinic-read-nodejs');
		const to = path.join(root, 'state', 'clinic-read');
		mkdirSync(from, {recursive: true});
		writeFileSync(path.join(from, 'config.json'), '{"read":{"gait-training":"2026-01-01T00:00:00.000Z"}}');
		expect(migrateStateFolder(from, to)).toBe(`moved your read marks from ${from} to ${to}`);
		expect(existsSync(from)).toBe(false);
		expect(readFileSync(path.join(to, 'config.json'), 'utf8')).toContain('gait-training');
		expect(migrateStateFolder(from, to)).toBeUndefined();
		mkdirSync(from, {recursive: true});
		writeFileSync(path.join(from, 'config.json'), '{"read":{}}');
		expect(migrateStateFolder(from, to)).toBeUndefined();
		expect(readFileSync(path.join(to, 'config.json'), 'utf8')).toContain('gait-training');
	});
});
