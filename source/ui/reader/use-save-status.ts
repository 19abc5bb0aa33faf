import {useCallback, useEffect, useState} from 'react';
import type {ReadStateStore} from '../../core/marks/read-marks.js';

/** How often the reader tries again to save marks a failed save kept. */
export const saveRetryMs = 5000;

/**
Why read marks are not on disk, or undefined when they are. While they are not, the store is asked to save them
again every few seconds, so a lock or a full disk that goes away loses nothing.
*/
export function useSaveStatus(store: ReadStateStore): {readonly problem: string | undefined; readonly saved: () => void} {
	const [problem, setProblem] = useState(() => store.unsavedReason());
	const saved = useCallback(() => {
		setProblem(store.unsavedReason());
	}, [store]);

	useEffect(() => {
		if (problem === undefined) {
			return;
		}

		const timer = setInterval(() => {
			store.retry();
			setProblem(store.unsavedReason());
		}, saveRetryMs);
		return () => {
			clearInterval(timer);
		};
	}, [store, problem]);

	return {problem, saved};
}
