/**
The stream to hand Ink: the real stdout, except that it reports no height limit.

Ink 6 clears the screen and the scrollback (ESC[3J) whenever its previous frame was as tall as the terminal, which
after any shrink of the window it always is for one frame. clinic-read keeps every frame below the real height
itself (the app reads the real size), so Ink's fallback only ever does harm. Ink 7 replaced it (vadimdemedes/ink#994).
*/
export function withoutHeightLimit(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'rows') {
				return Number.MAX_SAFE_INTEGER;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown).bind(target) : value;
		},
	});
}
