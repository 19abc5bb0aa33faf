import lockfile from 'proper-lockfile';
import {UserError} from '../errors.js';
import {syncStateFile} from './state.js';

/**
Hold the content folder's sync lock while `work` runs: two syncs (the timer and a person) never write the same folder
at once. A lock left by a killed sync counts as stale after 30 s.
*/
export async function withSyncLock<T>(contentDirectory: string, work: () => Promise<T>): Promise<T> {
	const lockPath = `${syncStateFile(contentDirectory)}.lock`;
	let release: () => Promise<void>;
	try {
		release = await lockfile.lock(contentDirectory, {lockfilePath: lockPath, realpath: false, stale: 30_000, retries: 0});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UserError(code === 'ELOCKED'
			? `another sync is writing ${contentDirectory} (lock ${lockPath}); try again in a minute`
			: `cannot lock ${contentDirectory} for sync (${code ?? (error as Error).message}); check that the folder is writable`);
	}

	try {
		return await work();
	} finally {
		await release().catch(() => undefined);
	}
}
