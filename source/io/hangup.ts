import {closeSync} from 'node:fs';

/** Write errors that mean the terminal or pipe is gone: nothing more can be shown, so the program just ends. */
export function isHangup(error: NodeJS.ErrnoException): boolean {
	return error.code === 'EIO' || error.code === 'EPIPE' || error.code === 'ENXIO' || error.code === 'ECONNRESET';
}

/**
Exit after the terminal went away (SIGHUP, EIO). At exit Node puts each standard stream that was a terminal back into
the mode it found it in, and aborts with a native stack trace when that fails on a hung-up terminal (EIO). Closing
the descriptors first makes it skip them: there is no terminal left to restore.
*/
export function exitAfterHangup(code = 0): never {
	for (const descriptor of [0, 1, 2]) {
		try {
			closeSync(descriptor);
		} catch {
			// Already closed.
		}
	}

	process.exit(code);
}
