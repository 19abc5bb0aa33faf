import {EventEmitter} from 'node:events';
import {Text, useApp} from 'ink';
import {useEffect} from 'react';
import {describe, expect, test} from 'vitest';
import {runFullScreen} from '../../../source/ui/terminal/full-screen.js';

const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
// Alternate scroll: the mouse wheel sends arrow keys in the alternate screen; always off again on the way out.
const wheelOn = '\u001B[?1007h';
const wheelOff = '\u001B[?1007l';

function fakeStreams() {
	let written = '';
	const stdout = Object.assign(new EventEmitter(), {
		isTTY: true,
		columns: 80,
		rows: 24,
		write(chunk: string) {
			written += chunk;
			return true;
		},
	}) as unknown as NodeJS.WriteStream;
	const stdin = Object.assign(new EventEmitter(), {isTTY: false, setEncoding() {}, resume() {}, pause() {}, ref() {}, unref() {}, read: () => null}) as unknown as NodeJS.ReadStream;
	let errors = '';
	const stderr = {write: (chunk: string) => (errors += chunk)} as unknown as NodeJS.WritableStream;
	return {stdout, stdin, stderr, written: () => written, errors: () => errors};
}

function Quits() {
	const {exit} = useApp();
	useEffect(() => {
		exit();
	}, [exit]);
	return <Text>Hello</Text>;
}

function Breaks(): React.ReactNode {
	throw new Error('the article renderer broke');
}

describe('runFullScreen', () => {
	test('enters the alternate screen, draws, and leaves it with the cursor shown', async () => {
		const streams = fakeStreams();
		let restored = 0;
		await runFullScreen(<Quits />, {...streams, onRestore: () => restored++});
		const output = streams.written();
		expect(output.indexOf(enter)).toBe(0);
		expect(output).toContain('Hello');
		expect(output.startsWith(`${enter}${wheelOn}`)).toBe(true);
		expect(output.endsWith(`\u001B[?25h${wheelOff}${leave}`)).toBe(true);
		expect(restored).toBe(1);
	});

	test('an error in the app restores the terminal first, then reaches the caller to print as one line', async () => {
		const streams = fakeStreams();
		const listeners = () => ['SIGTERM', 'SIGINT', 'SIGHUP', 'uncaughtException'].map(event => process.listenerCount(event));
		const before = listeners();
		await expect(runFullScreen(<Breaks />, streams)).rejects.toThrow('the article renderer broke');
		expect(streams.written()).toContain(wheelOn);
		expect(streams.written().endsWith(`${wheelOff}${leave}`)).toBe(true);
		expect(listeners()).toEqual(before);
	});
});
