/** The stream handed to Ink, with a way to make Ink draw its whole frame again. */
export type InkStdout = NodeJS.WriteStream & {readonly redraw: () => void};

/**
The stream to hand Ink: the real stdout, with `redraw`. (Frames as tall as the terminal are Ink's own, patched at
build time: see scripts/build.js.)

`redraw` makes Ink forget its last frame and draw everything (after SIGCONT, on a screen the shell drew over). Ink 6
has no call for that; it does it when the width shrinks, so the stream reports one column less for one resize event.
*/
export function redrawableStdout(stdout: NodeJS.WriteStream): InkStdout {
	let narrower = false;
	const redraw = () => {
		narrower = true;
		stdout.emit('resize');
		narrower = false;
		stdout.emit('resize');
	};

	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'columns' && narrower) {
				return Math.max(1, target.columns - 1);
			}

			if (property === 'redraw') {
				return redraw;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown).bind(target) : value;
		},
	}) as InkStdout;
}
