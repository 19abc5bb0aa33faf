import {describe, expect, test} from 'vitest';
import {withSyncLock} from '../../../source/core/sync/lock.js';
import {syncStateFile} from '../../../source/core/sync/state.js';
import {temporaryDirectory} from '../../helpers/content.js';

describe('sync lock', () => {
	test('a second sync on the same folder is refused while the first holds the lock', async () => {
		const directory = temporaryDirectory();
		let inner: unknown;
		await withSyncLock(directory, async () => {
			inner = await withSyncLock(directory, async () => 'ran').catch((error: Error) => error.message);
		});
		expect(inner).toBe(`another sync is writing ${directory} (lock ${syncStateFile(directory)}.lock); try again in a minute`);
		expect(await withSyncLock(directory, async () => 'free again')).toBe('free again');
	});
});
