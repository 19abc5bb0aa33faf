import {type FSWatcher, watch as fsWatch} from 'node:fs';
import type {ContentLoader, ContentState} from './content-reload.js';

/** A content folder as an external store for useSyncExternalStore: watched while anyone subscribes. */
export type ContentFeed = {
	readonly subscribe: (listener: () => void) => () => void;
	readonly getSnapshot: () => ContentState;
};

export type FeedOptions = {
	/** Quiet time after the last file event before reloading: editors and git write in bursts. */
	readonly debounceMs?: number;
	/** Full rescans as a backstop for events fs.watch never delivers. */
	readonly rescanMs?: number;
	readonly watch?: (directory: string, listener: () => void) => FSWatcher;
};

const defaultWatch = (directory: string, listener: () => void) => fsWatch(directory, {persistent: false}, listener);

/**
Watch the loader's folders (folders, not files: fs.watch on a file goes silent after an editor's rename-save), debounce
the events, and rescan on a timer. Watchers that fail or error are re-armed on the next rescan.
*/
export function createContentFeed(loader: ContentLoader, options: FeedOptions = {}): ContentFeed {
	const {debounceMs = 250, rescanMs = 30_000, watch = defaultWatch} = options;
	const listeners = new Set<() => void>();
	const watchers = new Map<string, FSWatcher>();
	let debounce: NodeJS.Timeout | undefined;
	let rescan: NodeJS.Timeout | undefined;

	const closeWatchers = () => {
		for (const watcher of watchers.values()) {
			watcher.close();
		}

		watchers.clear();
	};

	const onEvent = () => {
		clearTimeout(debounce);
		debounce = setTimeout(() => {
			debounce = undefined;
			// An event says something changed but not always which file: every file is looked at.
			refresh();
		}, debounceMs);
	};

	const arm = () => {
		for (const directory of loader.folders) {
			if (watchers.has(directory)) {
				continue;
			}

			try {
				const watcher = watch(directory, onEvent);
				watcher.on('error', () => {
					// A deleted or replaced folder: drop the watcher; the next rescan arms a new one.
					watcher.close();
					watchers.delete(directory);
				});
				watchers.set(directory, watcher);
			} catch {
				// Missing for now; the rescan will try again.
			}
		}
	};

	/** With `watched`, the folders whose live watcher would have reported an edit: only a share of their files is statted. */
	function refresh(watched?: ReadonlySet<string>) {
		let changed: boolean;
		try {
			changed = loader.refresh(watched);
		} catch {
			changed = false;
		}

		if (changed) {
			// A replaced folder keeps the old watcher on the old inode: start over with fresh ones.
			closeWatchers();
			for (const listener of listeners) {
				listener();
			}
		}

		if (listeners.size > 0) {
			arm();
		}
	}

	const start = () => {
		arm();
		// The backstop: a folder's watcher may have missed an event (or have none), so every rescan stats the folders,
		// all the files of an unwatched folder, and a share of a watched one's in turn.
		rescan = setInterval(() => {
			refresh(new Set(watchers.keys()));
		}, rescanMs);
		// A change made after the first load but before the watchers were armed (React subscribes after the first
		// frame is drawn) would otherwise wait for the next rescan.
		refresh();
	};

	const stop = () => {
		clearInterval(rescan);
		clearTimeout(debounce);
		rescan = undefined;
		debounce = undefined;
		closeWatchers();
	};

	refresh();
	return {
		subscribe(listener) {
			listeners.add(listener);
			if (listeners.size === 1) {
				start();
			}

			return () => {
				listeners.delete(listener);
				if (listeners.size === 0) {
					stop();
				}
			};
		},
		getSnapshot: () => loader.current(),
	};
}
