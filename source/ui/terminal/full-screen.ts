import {render} from 'ink';
import type {ReactNode} from 'react';
import {redrawableStdout} from './ink-stdout.js';
import {formatError} from '../../core/errors.js';
import {exitAfterHangup, isHangup} from '../../io/hangup.js';

// Alternate scroll (1007): in the alternate screen the mouse wheel sends arrow keys, and text can still be selected.
const enterScreen = '\u001B[?1049h\u001B[?1007h\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1007l\u001B[?1049l';
const home = '\u001B[H';
/** Every signal whose default is to end the process (Ink's signal-exit would re-raise them): restore, then exit 0. */
const terminating = ['SIGINT', 'SIGTERM', 'SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ'] as const;

type Streams = {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WritableStream;
	/** Runs first on every way out: timers to stop, files to close. */
	readonly onRestore?: () => void;
	/** Told each time Ink writes a frame (the kiosk's metrics report the last one). */
	readonly onRender?: () => void;
};

type Listener = readonly [target: NodeJS.EventEmitter, event: string, listener: (...args: any[]) => void]; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
Run an Ink app in the alternate screen until it exits. Every way out leaves the terminal as it was found: a normal
exit, an error in the app (rethrown after the restore, for cli.ts to print as one line), a terminating signal
(exit 0), and an exception outside React (one line, exit 1). A terminal that goes away (SIGHUP, EIO) ends it quietly.
SIGTSTP leaves the screen and the raw mode before stopping; SIGCONT comes back and redraws. SIGUSR1 is taken, so
Node never opens its inspector inside a kiosk.
*/
export async function runFullScreen(app: ReactNode, {stdout, stdin, stderr, onRestore, onRender}: Streams): Promise<void> {
	let restore = () => {};
	const inkStdout = redrawableStdout(stdout);
	const write = (text: string) => {
		try {
			stdout.write(text);
		} catch {
			// The terminal is gone; the hangup handlers end the program.
		}
	};

	// Exiting at once is safe: terminal writes are synchronous, and read marks are saved as they happen.
	const onSignal = () => {
		restore();
		process.exit(0);
	};

	// `kill -HUP` leaves a terminal to restore; a closed one makes these writes fail, which changes nothing.
	const onHangup = () => {
		try {
			restore();
		} finally {
			exitAfterHangup();
		}
	};

	const onStreamError = (error: NodeJS.ErrnoException) => {
		if (isHangup(error)) {
			onHangup();
		}

		onFatal(error);
	};

	const onFatal = (error: unknown) => {
		if (error && typeof error === 'object' && isHangup(error as NodeJS.ErrnoException)) {
			onHangup();
		}

		restore();
		stderr.write(`${formatError(error instanceof Error ? error.message : String(error))}\n`);
		process.exit(1);
	};

	const setRaw = (raw: boolean) => {
		if (stdin.isTTY && stdin.isRaw !== raw) {
			stdin.setRawMode(raw);
		}
	};

	let rawBeforeStop = false;
	const onStop = () => {
		rawBeforeStop = stdin.isRaw;
		write(leaveScreen);
		setRaw(false);
		// SIGSTOP cannot be caught: the shell sees the job stopped, as with any program.
		process.kill(process.pid, 'SIGSTOP');
	};

	const onContinue = () => {
		setRaw(rawBeforeStop);
		write(`${enterScreen}${home}`);
		// Ink draws only what changed since its last frame; the shell drew over it, so draw it whole.
		inkStdout.redraw();
	};

	const listeners: Listener[] = [
		...terminating.map(signal => [process, signal, onSignal] as const),
		[process, 'SIGHUP', onHangup],
		[process, 'SIGTSTP', onStop],
		[process, 'SIGCONT', onContinue],
		[process, 'SIGUSR1', () => undefined],
		[process, 'uncaughtException', onFatal],
		[process, 'unhandledRejection', onFatal],
		[stdout, 'error', onStreamError],
		[stdin, 'error', onStreamError],
	];
	// Ours go in before Ink's signal-exit handlers, which would re-raise the signal and end with it, not 0.
	for (const [target, event, listener] of listeners) {
		target.on(event, listener);
	}

	// The keyboard is ours before the first frame: Ink takes raw mode only after it, and keys typed in between would be
	// echoed by the terminal itself, raw, control characters and all.
	setRaw(true);
	write(enterScreen);
	const instance = render(app, {stdout: inkStdout, stdin, exitOnCtrlC: false, patchConsole: false, ...(onRender ? {onRender} : {})});
	let restored = false;
	restore = () => {
		if (!restored) {
			restored = true;
			onRestore?.();
			instance.unmount();
			setRaw(false);
			write(leaveScreen);
		}
	};

	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const [target, event, listener] of listeners) {
			target.off(event, listener);
		}
	}
}
