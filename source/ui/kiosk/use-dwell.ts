import {useEffect, useRef} from 'react';

/** A clock that only goes forward, unlike Date.now(): the rotation must not stall or burst when the wall clock jumps. */
export type Monotonic = () => number;

export const monotonic: Monotonic = () => performance.now();

/**
Call `onDone` once `ms` milliseconds of monotonic time have passed since `key` last changed. A timer that fires early
is re-armed for the rest; after a suspend it fires once, so pages never advance in a burst.
*/
export function useDwell(key: string | undefined, ms: number, onDone: () => void, now: Monotonic = monotonic): void {
	const done = useRef(onDone);
	useEffect(() => {
		done.current = onDone;
	}, [onDone]);

	useEffect(() => {
		if (key === undefined) {
			return;
		}

		const started = now();
		let timer: NodeJS.Timeout | undefined;
		const arm = (wait: number) => {
			timer = setTimeout(() => {
				const left = ms - (now() - started);
				if (left > 1) {
					arm(left);
				} else {
					done.current();
				}
			}, wait);
		};

		arm(ms);
		return () => {
			clearTimeout(timer);
		};
	}, [key, ms, now]);
}
