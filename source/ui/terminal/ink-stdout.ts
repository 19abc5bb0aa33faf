/** The stream handed to Ink, with a way to make Ink draw its whole frame again. */
export type InkStdout = NodeJS.WriteStream & {readonly redraw: () => void};

/**
The stream to hand Ink: the real stdout, except that it reports no height limit.

Ink 6 clears the screen and the scrollback (ESC[3J) whenever its previous frame was as tall as the terminal, which
after any shrink of the window it always is for one frame. clinic-read keeps every frame below the real height
itself (the app reads the real size), so Ink's fallback only ever does harm. Ink 7 replaced it (vadimdemedes/ink#994).

`redraw` makes Ink forget its last frame and draw everything (after SIGCONT, on a screen the shell drew over). Ink 6
has no call for that; it does it when the width shrinks, so the stream reports one column less for one resize event.
*/
export function withoutHeightLimit(stdout: NodeJS.WriteStream): InkStdout {
	let narrower = false;
	const redraw = () => {
		narrower = true;
		stdout.emit('resize');
		narrower = false;
		stdout.emit('resize');
	};

	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'rows') {
				return Number.MAX_SAFE_INTEGER;
			}

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
