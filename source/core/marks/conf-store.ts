import {mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {defaultLockTiming, type LockOwner, type LockTiming, withFileLock} from './folder-lock.js';
import {configFile, parseStateText, readSavedState, type ReadStateStore, type SaveResult, sectionOf, type Warn} from './read-marks.js';
import {createStateStore, type StateSave} from './state-store.js';

export {createMemoryStore} from './state-store.js';
export type {ReadStateStore} from './read-marks.js';
export type {LockOwner} from './folder-lock.js';

const reasons: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'the file system is read-only',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	ENOTDIR: 'a file is in the way of the folder',
	EEXIST: 'a file is in the way of the folder',
	EISDIR: 'config.json is a folder, not a file',
};

/** Why a save failed, in words, for "cannot save read marks in FOLDER: REASON". */
export function describeSaveError(error: unknown): string {
	const {code, message} = error as NodeJS.ErrnoException;
	if (code === 'ELOCKED') {
		return message;
	}

	return code && Object.hasOwn(reasons, code) ? `${reasons[code]} (${code})` : (code ?? message);
}

/**
Leftovers of writers killed mid-save. Every write happens under the lock, so while we hold it any conf temp file is
dead; a lock draft belongs to a waiter, so only those whose process is gone are removed.
*/
function removeLeftovers(directory: string, owner: LockOwner): void {
	const now = Date.now();
	for (const name of readdirSync(directory)) {
		const draft = /^config\.json\.lock\.new-(\d+)-/.exec(name);
		const leftover = name.startsWith('config.json.tmp-')
			|| (draft !== null && Number(draft[1]) !== owner.pid && !owner.isAlive(Number(draft[1])))
			|| (name.startsWith('config.json.lock.stale-') && now - (statSync(path.join(directory, name), {throwIfNoEntry: false})?.mtimeMs ?? now) > 60_000);
		if (leftover) {
			rmSync(path.join(directory, name), {recursive: true, force: true});
		}
	}
}

/**
Saves read state through conf (atomic writes: a temp file, fsync, rename). conf has no locking, so each save is a
read-merge-write of the newest file under a lock (folder-lock.ts). A save that fails says why and keeps its changes
for the next save or `retry`. A corrupt file is moved aside first (readSavedState).
*/
export function confSave(directory: string, warn: Warn, owner: LockOwner, timing: LockTiming = defaultLockTiming): StateSave {
	const file = configFile(directory);
	let conf: Conf | undefined;
	return changes => {
		try {
			mkdirSync(directory, {recursive: true});
			const state = withFileLock(`${file}.lock`, owner, () => {
				removeLeftovers(directory, owner);
				const fresh = readSavedState(directory, warn, 'strict');
				for (const [section, change] of changes) {
					const entries = {...sectionOf(fresh, section)};
					change(entries);
					fresh[section] = entries;
				}

				conf ??= new Conf({cwd: directory, projectName: 'clinic-read', accessPropertiesByDotNotation: false, clearInvalidConfig: false, deserialize: text => parseStateText(text) as Record<string, unknown>});
				conf.store = fresh;
				return fresh;
			}, timing);
			return {saved: true, state};
		} catch (error) {
			return {saved: false, reason: describeSaveError(error)} satisfies SaveResult;
		}
	};
}

/** Read state on disk, saved through conf (confSave). */
export function createConfStore(directory: string, warn: Warn, owner: LockOwner, timing: LockTiming = defaultLockTiming): ReadStateStore {
	// A file that cannot be read fails every save, which says why; a warning at the start would say it twice.
	return createStateStore(configFile(directory), directory, readSavedState(directory, warn, 'quiet'), confSave(directory, warn, owner, timing));
}
