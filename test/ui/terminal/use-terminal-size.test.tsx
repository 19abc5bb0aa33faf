import {EventEmitter} from 'node:events';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {useTerminalSize} from '../../../source/ui/terminal/use-terminal-size.js';
import {settle} from '../../helpers/press.js';

function Size({stdout}: {readonly stdout: NodeJS.WriteStream}) {
	const {width, height} = useTerminalSize(stdout);
	return <Text>{width}x{height}</Text>;
}

test('follows resizes with one listener, and removes it on unmount', async () => {
	const fake = Object.assign(new EventEmitter(), {columns: 100, rows: 30}) as unknown as NodeJS.WriteStream & {columns: number; rows: number};
	const {lastFrame, unmount} = render(<Size stdout={fake} />);
	await settle();
	expect(lastFrame()).toBe('100x30');
	for (let index = 0; index < 200; index++) {
		fake.columns = 40 + index;
		fake.rows = 10 + (index % 40);
		fake.emit('resize');
	}

	await settle();
	expect(lastFrame()).toBe('239x49');
	expect(fake.listenerCount('resize')).toBe(1);
	unmount();
	expect(fake.listenerCount('resize')).toBe(0);
});
