import Conf from 'conf';
import lockfile from 'proper-lockfile';
import {capPositions, type Positions, readPositions} from './positions.js';
import {configFile, type ReadMarks, readMarks, type ReadStateStore, type Warn} from './read-marks.js';

export {createMemoryStore, type ReadStateStore} from './read-marks.js';

const lockAttempts = 100;
const lockWaitMs = 10;

/** Run `write` holding a lock on the folder, so two processes never interleave a read-merge-write. */
function withLock<T>(directory: string, write: () => T): T {
	const options = {lockfilePath: `${configFile(directory)}.lock`, realpath: false, stale: 5000};
	for (let attempt = 1; ; attempt++) {
		try {
			const release = lockfile.lockSync(directory, options);
			try {
				return write();
			} finally {
				release();
			}
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || attempt >= lockAttempts) {
				throw error;
			}

			// The sync API has no retries of its own: sleep a moment without spinning the CPU.
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, lockWaitMs);
		}
	}
}

/**
Read state written through conf (atomic writes). A corrupt file is moved aside first (readMarks); an unwritable
folder keeps marks in memory for this run, with one warning.
*/
export function createConfStore(directory: string, warn: Warn): ReadStateStore {
	let state = readMarks(directory, warn);
	let positions = readPositions(directory);
	let conf: Conf<{read: ReadMarks; positions: Positions}> | undefined;
	try {
		conf = new Conf<{read: ReadMarks; positions: Positions}>({cwd: directory, projectName: 'clinic-read', accessPropertiesByDotNotation: false, clearInvalidConfig: false});
	} catch (error) {
		warn(`cannot use ${configFile(directory)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); read marks last only until you quit`);
	}

	// Changes not yet on disk; applied over a fresh read so marks made meanwhile by other processes survive.
	const pending = new Map<string, string | undefined>();
	const apply = (marks: ReadMarks): ReadMarks => {
		for (const [slug, value] of pending) {
			if (value === undefined) {
				delete marks[slug];
			} else {
				marks[slug] = value;
			}
		}

		return marks;
	};

	// Positions are a convenience: one pending place per post, merged under the same lock, capped in number.
	const pendingPositions = new Map<string, Positions[string]>();
	const applyPositions = (saved: Positions): Positions => capPositions({...saved, ...Object.fromEntries(pendingPositions)});

	return {
		path: configFile(directory),
		isRead: slug => Object.hasOwn(state, slug),
		position: slug => positions[slug]?.at,
		setPosition(slug, at) {
			pendingPositions.set(slug, {at: Math.min(1, Math.max(0, at)), time: new Date().toISOString()});
			positions = applyPositions(positions);
			const store = conf;
			if (!store) {
				return;
			}

			try {
				positions = withLock(directory, () => {
					const merged = applyPositions(readPositions(directory));
					store.set('positions', merged);
					return merged;
				});
				pendingPositions.clear();
			} catch (error) {
				warn(`cannot save your place to ${configFile(directory)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); places last only until you quit`);
				conf = undefined;
			}
		},
		setRead(slugs, read) {
			const now = new Date().toISOString();
			for (const slug of slugs) {
				pending.set(slug, read ? now : undefined);
			}

			state = apply(state);
			const store = conf;
			if (!store) {
				return;
			}

			try {
				state = withLock(directory, () => {
					const merged = apply(readMarks(directory, warn));
					store.set('read', merged);
					return merged;
				});
				pending.clear();
			} catch (error) {
				warn(`cannot save read state to ${configFile(directory)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); marks last only until you quit`);
				conf = undefined;
			}
		},
	};
}
