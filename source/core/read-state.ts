import {renameSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import envPaths from 'env-paths';
import lockfile from 'proper-lockfile';

/** Which posts have been read. Writes go to disk at once, so a kill loses nothing. */
export type ReadStateStore = {
	readonly isRead: (slug: string) => boolean;
	readonly setRead: (slugs: readonly string[], read: boolean) => void;
	/** Where the state lives, for messages and the README. */
	readonly path: string;
};

type ReadMap = Record<string, string>;
type Warn = (message: string) => void;

/** Where read state lives: CLINIC_READ_CONFIG_DIR, else conf's folder for "clinic-read". */
export function defaultConfigDirectory(): string {
	return envPaths('clinic-read', {suffix: 'nodejs'}).config;
}

function isCorruptionError(error: unknown): boolean {
	const {name, message} = error as Error;
	return name === 'SyntaxError' || String(message).startsWith('Config schema violation');
}

function openConf(directory: string): Conf<{read: ReadMap}> {
	return new Conf<{read: ReadMap}>({
		cwd: directory,
		projectName: 'clinic-read',
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
		schema: {read: {type: 'object', additionalProperties: {type: 'string'}}},
	});
}

const lockAttempts = 100;
const lockWaitMs = 10;

/** Run `write` holding a lock on the folder, so two processes never interleave a read-merge-write. */
function withLock<T>(directory: string, write: () => T): T {
	const options = {lockfilePath: path.join(directory, 'config.json.lock'), realpath: false, stale: 5000};
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

/** Move a broken config aside (never delete it), say so, and start fresh. */
function openOrRecover(directory: string, warn: Warn): Conf<{read: ReadMap}> {
	try {
		return openConf(directory);
	} catch (error) {
		if (!isCorruptionError(error)) {
			throw error;
		}

		const file = path.join(directory, 'config.json');
		const backup = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
		renameSync(file, backup);
		warn(`${file} was not valid read state; moved it to ${backup} and started fresh`);
		return openConf(directory);
	}
}

/**
Read state over conf. A corrupt file is moved aside; an unwritable folder keeps marks in memory for this run.
*/
export function createConfStore(directory: string, warn: Warn): ReadStateStore {
	let conf: Conf<{read: ReadMap}> | undefined;
	const file = path.join(directory, 'config.json');
	try {
		conf = openOrRecover(directory, warn);
	} catch (error) {
		warn(`cannot use ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); read marks last only until you quit`);
	}

	const readFromDisk = (): ReadMap => {
		try {
			return {...conf?.get('read')};
		} catch {
			return {};
		}
	};

	let state = readFromDisk();
	// Changes not yet on disk; re-applied over a fresh read so other processes' marks survive.
	const pending = new Map<string, string | undefined>();
	const apply = (map: ReadMap): ReadMap => {
		for (const [slug, value] of pending) {
			if (value === undefined) {
				delete map[slug];
			} else {
				map[slug] = value;
			}
		}

		return map;
	};

	return {
		path: file,
		isRead: slug => Object.hasOwn(state, slug),
		setRead(slugs, read) {
			const now = new Date().toISOString();
			for (const slug of slugs) {
				pending.set(slug, read ? now : undefined);
			}

			state = apply(state);
			if (!conf) {
				return;
			}

			const store = conf;
			try {
				state = withLock(directory, () => {
					const merged = apply(readFromDisk());
					store.set('read', merged);
					return merged;
				});
				pending.clear();
			} catch (error) {
				warn(`cannot save read state to ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); marks last only until you quit`);
				conf = undefined;
			}
		},
	};
}

/** For tests and the kiosk: read state that lives only in memory. */
export function createMemoryStore(initiallyRead: readonly string[] = []): ReadStateStore {
	const read = new Set(initiallyRead);
	return {
		path: ':memory:',
		isRead: slug => read.has(slug),
		setRead(slugs, value) {
			for (const slug of slugs) {
				if (value) {
					read.add(slug);
				} else {
					read.delete(slug);
				}
			}
		},
	};
}
