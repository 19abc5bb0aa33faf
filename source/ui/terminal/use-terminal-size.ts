import {useEffect, useState} from 'react';

export type Size = {readonly width: number; readonly height: number};

function read(stdout: NodeJS.WriteStream): Size {
	// Columns and rows can be 0 or undefined off a TTY; 80x24 is the classic fallback.
	return {width: stdout.columns || 80, height: stdout.rows || 24};
}

/**
The terminal's real size, updated on resize; the listener is removed on unmount so none pile up.
It takes the real stream: Ink is handed one that hides the height (see ink-stdout.ts).
*/
export function useTerminalSize(stdout: NodeJS.WriteStream): Size {
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const update = () => {
			setSize(read(stdout));
		};

		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return size;
}
