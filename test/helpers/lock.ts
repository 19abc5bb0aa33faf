import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import type {LockOwner} from '../../source/core/marks/folder-lock.js';

/** This test process as a lock owner, as the CLI builds it. */
export const lockOwner: LockOwner = {
	pid: process.pid,
	isAlive(pid) {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	},
};

/** The pid of a process that has exited (as after kill -9 of a lock holder). */
export function deadPid(): number {
	return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout);
}

/** A lock file as a holder writes it. */
export function writeLock(lockPath: string, holder: {pid: number; time: number; host?: string}): void {
	writeFileSync(lockPath, JSON.stringify({host: hostname(), ...holder}));
}
