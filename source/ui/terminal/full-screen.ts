import {render} from 'ink';
import type {ReactNode} from 'react';
import {withoutHeightLimit} from './ink-stdout.js';
import {formatError} from '../../core/errors.js';

const enterScreen = '\u001B[?1049h\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

type Streams = {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WritableStream;
	/** Runs first on every way out: timers to stop, files to close. */
	readonly onRestore?: () => void;
	/** Told each time Ink writes a frame (the kiosk's metrics report the last one). */
	readonly onRender?: () => void;
};

/**
Run an Ink app in the alternate screen until it exits. Every way out leaves the terminal as it was found: a normal
exit, an error in the app (rethrown after the restore, for cli.ts to print as one line), a signal (exit 0), and an
exception outside React (one line, exit 1).
*/
export async function runFullScreen(app: ReactNode, {stdout, stdin, stderr, onRestore, onRender}: Streams): Promise<void> {
	let restore = () => {};
	// Ours go in before Ink's signal-exit handlers, which would re-raise the signal and end with it, not 0.
	// Exiting at once is safe: terminal writes are synchronous, and read marks are saved as they happen.
	const onSignal = () => {
		restore();
		process.exit(0);
	};

	const onFatal = (error: unknown) => {
		restore();
		stderr.write(`${formatError(error instanceof Error ? error.message : String(error))}\n`);
		process.exit(1);
	};

	for (const signal of signals) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', onFatal);
	process.on('unhandledRejection', onFatal);
	stdout.write(enterScreen);
	const instance = render(app, {stdout: withoutHeightLimit(stdout), stdin, exitOnCtrlC: false, patchConsole: false, ...(onRender ? {onRender} : {})});
	let restored = false;
	restore = () => {
		if (!restored) {
			restored = true;
			onRestore?.();
			instance.unmount();
			stdout.write(leaveScreen);
		}
	};

	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const signal of signals) {
			process.off(signal, onSignal);
		}

		process.off('uncaughtException', onFatal);
		process.off('unhandledRejection', onFatal);
	}
}
