import {setTimeout as delay} from 'node:timers/promises';

type Instance = {readonly lastFrame: () => string | undefined; readonly stdin: {write: (data: string) => void}};

/** Let React's scheduler flush and useInput attach (Shopify's waitForInputsToBeReady). */
export async function settle(): Promise<void> {
	await new Promise(resolve => {
		setImmediate(resolve);
	});
	await delay(20);
}

/** Write keys, then wait until the frame changes (or a short deadline passes, for keys that change nothing). */
export async function press(instance: Instance, keys: string, timeout = 500): Promise<string> {
	const before = instance.lastFrame();
	instance.stdin.write(keys);
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		await delay(5);
		if (instance.lastFrame() !== before) {
			break;
		}
	}

	await settle();
	return instance.lastFrame() ?? '';
}

export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	left: '\u001B[D',
	right: '\u001B[C',
	enter: '\r',
	escape: '\u001B',
	pageDown: '\u001B[6~',
	backspace: '\u007F',
} as const;
