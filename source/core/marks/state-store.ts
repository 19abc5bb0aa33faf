import {capPositions, parsePositions, type Position} from './positions.js';
import {configFile, readSavedState, saved, type SavedState, type SaveResult, sectionOf, type ReadStateStore, type SlugDataChange, type Warn} from './read-marks.js';

/** Writes the changes to disk; on success, the state as saved (merged with what others saved meanwhile). */
export type StateSave = (changes: ReadonlyArray<readonly [string, SlugDataChange]>) => SaveResult & {state?: SavedState};

/** A store over an in-memory state; `save` (if any) writes the changes, and its failures keep them for a retry. */
export function createStateStore(file: string, directory: string, initial: SavedState, save?: StateSave): ReadStateStore {
	let state = initial;
	let pending: Array<readonly [string, SlugDataChange]> = [];
	let failure: string | undefined;
	const flush = (): SaveResult => {
		if (!save || pending.length === 0) {
			return saved;
		}

		const result = save(pending);
		if (result.saved) {
			pending = [];
			state = result.state ?? state;
			failure = undefined;
			return saved;
		}

		failure = result.reason;
		return {saved: false, reason: result.reason};
	};

	const update = (section: string, change: SlugDataChange): SaveResult => {
		const entries = {...sectionOf(state, section)};
		change(entries);
		state = {...state, [section]: entries};
		pending.push([section, change]);
		return flush();
	};

	// A map: the reader asks for the place of every post at its start (50,000 in a large catalogue), and a plain
	// object is slow to answer for the names it does not have, most of them (~20 ms of that first frame).
	let positions: {readonly of: SavedState; readonly parsed: ReadonlyMap<string, Position>} | undefined;
	const savedPositions = (): ReadonlyMap<string, Position> => {
		if (positions?.of !== state) {
			positions = {of: state, parsed: new Map(Object.entries(parsePositions(state)))};
		}

		return positions.parsed;
	};

	return {
		path: file,
		directory,
		isRead: slug => Object.hasOwn(sectionOf(state, 'read'), slug),
		position: slug => savedPositions().get(slug)?.at,
		setPosition(slug, at) {
			const place = {at: Math.min(1, Math.max(0, at)), time: new Date().toISOString()};
			return update('positions', entries => {
				const capped = capPositions({...parsePositions({positions: entries}), [slug]: place});
				for (const key of Object.keys(entries)) {
					delete entries[key];
				}

				Object.assign(entries, capped);
			});
		},
		setRead(slugs, read) {
			const now = new Date().toISOString();
			return update('read', marks => {
				for (const slug of slugs) {
					if (read) {
						marks[slug] = now;
					} else {
						delete marks[slug];
					}
				}
			});
		},
		data: section => sectionOf(state, section),
		update,
		retry: flush,
		unsavedReason: () => (pending.length > 0 ? failure : undefined),
	};
}

/**
Marks read from disk now, written once `attach` gives the store its save: the reader's, whose first frame comes
before conf loads. A change made before that is kept (a failed save, "still loading") and `attach` saves it.
*/
export function createStoreSavedLater(directory: string, warn: Warn): {readonly store: ReadStateStore; readonly attach: (save: StateSave) => void} {
	let attached: StateSave | undefined;
	const store = createStateStore(configFile(directory), directory, readSavedState(directory, warn, 'quiet'), changes => attached?.(changes) ?? {saved: false, reason: 'still loading'});
	return {
		store,
		attach(save) {
			attached = save;
			store.retry();
		},
	};
}

/** For listing: the marks as they are on disk; it never writes. */
export function createReadOnlyStore(directory: string, warn: Warn): ReadStateStore {
	return createStateStore(configFile(directory), directory, readSavedState(directory, warn), () => {
		throw new Error('read state was opened read-only');
	});
}

/** For tests and the kiosk: read state that lives only in memory. */
export function createMemoryStore(initiallyRead: readonly string[] = [], initialPositions: Readonly<Record<string, number>> = {}): ReadStateStore {
	return createStateStore(':memory:', ':memory:', {
		read: Object.fromEntries(initiallyRead.map(slug => [slug, ''])),
		positions: Object.fromEntries(Object.entries(initialPositions).map(([slug, at]) => [slug, {at, time: ''}])),
	});
}
