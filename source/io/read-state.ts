import type {ReadStateStore} from '../core/marks/read-marks.js';
import {createReadOnlyStore, createStoreSavedLater} from '../core/marks/state-store.js';
import {type Context, stateDirectoryOf, warn} from './context.js';

/** Where a command's read state lives, and how its warnings reach the user. */
function stateOf(context: Context) {
	return {directory: stateDirectoryOf(context), onWarning: (message: string) => {
		warn(context, message);
	}};
}

/** This process, for the read-state lock: a holder whose pid has no process is gone. */
const lockOwner = {
	pid: process.pid,
	isAlive(pid: number) {
		try {
			process.kill(pid, 0);
			return true;
		} catch (error) {
			// EPERM: it runs, as another user.
			return (error as NodeJS.ErrnoException).code === 'EPERM';
		}
	},
};

/** Read state; conf (and its schema compiler) loads only for commands that write it. */
export async function openReadState(context: Context, access: 'read' | 'write'): Promise<ReadStateStore> {
	const {directory, onWarning} = stateOf(context);
	if (access === 'read') {
		return createReadOnlyStore(directory, onWarning);
	}

	const {createConfStore} = await import('../core/marks/conf-store.js');
	return createConfStore(directory, onWarning, lockOwner);
}

/**
The reader's read state: read now, for the first frame; conf, which writes it (~15 ms to load), comes with
`loadWriter`, which the reader awaits with the article renderer after that frame, before any key can change a mark.
*/
export function openReaderState(context: Context): {readonly store: ReadStateStore; readonly loadWriter: () => Promise<void>} {
	const {directory, onWarning} = stateOf(context);
	const {store, attach} = createStoreSavedLater(directory, onWarning);
	return {
		store,
		async loadWriter() {
			const {confSave} = await import('../core/marks/conf-store.js');
			attach(confSave(directory, onWarning, lockOwner));
		},
	};
}
