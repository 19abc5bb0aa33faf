import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
import {redrawableStdout} from '../../../source/ui/terminal/ink-stdout.js';

/** A stand-in for a terminal's stdout, with what Ink reads and writes. */
class FakeStdout extends EventEmitter {
	columns = 100;
	rows = 30;
	isTTY = true;
	readonly written: string[] = [];

	write(data: string): boolean {
		this.written.push(data);
		return true;
	}
}

describe('redrawableStdout', () => {
	test('reports the real stream, its height included (Ink draws full-height frames, patched at build time)', () => {
		const real = new FakeStdout();
		const stdout = redrawableStdout(real as unknown as NodeJS.WriteStream);
		expect(stdout.rows).toBe(30);
		expect(stdout.columns).toBe(100);
		expect(stdout.isTTY).toBe(true);
		real.columns = 80;
		expect(stdout.columns).toBe(80);
	});

	test('writes reach the real stream, with `this` bound to it even when the method is passed around', () => {
		const real = new FakeStdout();
		const stdout = redrawableStdout(real as unknown as NodeJS.WriteStream);
		const {write} = stdout;
		write('one');
		stdout.write('two');
		expect(real.written).toEqual(['one', 'two']);
	});

	test('resize listeners are the real stream\'s', () => {
		const real = new FakeStdout();
		const stdout = redrawableStdout(real as unknown as NodeJS.WriteStream);
		let heard = 0;
		const listener = () => {
			heard++;
		};

		stdout.on('resize', listener);
		real.emit('resize');
		expect(heard).toBe(1);
		stdout.off('resize', listener);
		expect(real.listenerCount('resize')).toBe(0);
	});
});
