// cli-cursor (through Ink) calls this once to show the cursor again when the process exits. The original writes
// ESC[?25h to stderr, which under the README's systemd unit is the journal, not the screen. clinic-read's full-screen
// runner already shows the cursor on the terminal on every way out; this keeps the safety net for the rest, on stdout
// and only when stdout is a terminal.
import process from 'node:process';

let registered = false;

export default function restoreCursor() {
	if (registered) {
		return;
	}

	registered = true;
	process.once('exit', () => {
		if (process.stdout.isTTY) {
			process.stdout.write('\u001B[?25h');
		}
	});
}
