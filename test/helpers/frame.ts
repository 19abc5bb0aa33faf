import {render} from 'ink-testing-library';
import {afterEach} from 'vitest';

let unmount: (() => void) | undefined;
// Registered when a test file imports this: the last frame's app is unmounted after each test.
afterEach(() => {
	unmount?.();
	unmount = undefined;
});

/** The last frame of an element, rendered by ink-testing-library (100 columns, no rows: sizes come as props). */
export function frame(element: React.ReactElement): string {
	const instance = render(element);
	unmount = instance.unmount;
	return instance.lastFrame()!;
}
