import {existsSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {withFileLock} from '../../../source/core/marks/folder-lock.js';
import {createConfStore} from '../../../source/core/marks/conf-store.js';
import {temporaryDirectory} from '../../helpers/content.js';
import {deadPid, lockOwner, writeLock} from '../../helpers/lock.js';

const quick = {timeoutMs: 300, staleMs: 10_000};

function lockIn(directory: string): string {
	return path.join(directory, 'config.json.lock');
}

describe('withFileLock', () => {
	test('runs the work and removes its lock and its draft', () => {
		const directory = temporaryDirectory();
		expect(withFileLock(lockIn(directory), lockOwner, () => readdirSync(directory))).toEqual(['config.json.lock']);
		expect(readdirSync(directory)).toEqual([]);
	});

	test('a live holder is waited for, then named when it does not let go', () => {
		const directory = temporaryDirectory();
		writeLock(lockIn(directory), {pid: process.pid, time: Date.now()});
		expect(() => withFileLock(lockIn(directory), {...lockOwner, pid: 1}, () => 'ran', quick)).toThrow(`another clinic-read (pid ${process.pid}) kept`);
		expect(existsSync(lockIn(directory))).toBe(true);
	});

	test('the lock of a holder that was killed is broken at once, whatever its age', () => {
		const directory = temporaryDirectory();
		writeLock(lockIn(directory), {pid: deadPid(), time: Date.now()});
		expect(withFileLock(lockIn(directory), lockOwner, () => 'ran', quick)).toBe('ran');
		expect(readdirSync(directory)).toEqual([]);
	});

	test('a lock dated in the future (the clock was set back) is stale', () => {
		const directory = temporaryDirectory();
		writeLock(lockIn(directory), {pid: process.pid, time: Date.now() + 3_600_000});
		expect(withFileLock(lockIn(directory), lockOwner, () => 'ran', quick)).toBe('ran');
	});

	test('a lock of another machine, or unreadable, counts by its age', () => {
		const directory = temporaryDirectory();
		writeLock(lockIn(directory), {pid: 1, host: 'elsewhere', time: Date.now()});
		expect(() => withFileLock(lockIn(directory), lockOwner, () => 'ran', quick)).toThrow(/kept/);
		writeLock(lockIn(directory), {pid: 1, host: 'elsewhere', time: Date.now() - 20_000});
		expect(withFileLock(lockIn(directory), lockOwner, () => 'ran', quick)).toBe('ran');
	});
});

describe('the store under a held lock', () => {
	test('a save that cannot get the lock says so, keeps the change, and a retry saves it', () => {
		const directory = temporaryDirectory();
		writeLock(lockIn(directory), {pid: process.pid, time: Date.now()});
		const store = createConfStore(directory, () => undefined, {...lockOwner, pid: 1}, quick);
		const result = store.setRead(['a'], true);
		expect(result.saved).toBe(false);
		expect(store.unsavedReason()).toMatch(/another clinic-read \(pid \d+\) kept .*config\.json\.lock locked/);
		expect(store.isRead('a')).toBe(true);
		writeFileSync(lockIn(directory), '');
		expect(store.retry().saved).toBe(false);
		// The holder lets go.
		rmSync(lockIn(directory));
		expect(store.retry()).toEqual({saved: true});
		expect(store.unsavedReason()).toBeUndefined();
		expect(createConfStore(directory, () => undefined, lockOwner).isRead('a')).toBe(true);
	});

	test('leftovers of a writer killed mid-save are removed by the next save', () => {
		const directory = temporaryDirectory();
		writeFileSync(path.join(directory, 'config.json.tmp-1764620000abcdef'), '{"read": {');
		writeFileSync(path.join(directory, `config.json.lock.new-${deadPid()}-x`), '{}');
		writeLock(lockIn(directory), {pid: deadPid(), time: Date.now()});
		const store = createConfStore(directory, () => undefined, lockOwner, quick);
		expect(store.setRead(['a'], true)).toEqual({saved: true});
		expect(readdirSync(directory)).toEqual(['config.json']);
	});
});
