import {linkSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';

/** Who is asking for the lock; the process is passed in because core never touches it. */
export type LockOwner = {
	readonly pid: number;
	/** False only when the pid surely runs no process on this machine. */
	readonly isAlive: (pid: number) => boolean;
};

export type LockTiming = {
	/** How long one live holder may keep the lock before we give up (the wait goes on while it changes hands). */
	readonly timeoutMs: number;
	/** A holder whose pid cannot be checked (another host, an unreadable lock) is stale after this long. */
	readonly staleMs: number;
};

export const defaultLockTiming: LockTiming = {timeoutMs: 10_000, staleMs: 10_000};

/** A live holder on this machine keeps the lock this long at most (a recycled pid cannot block forever). */
const liveHolderMs = 60_000;
/** However busy the lock, a writer gives up after this long in the queue. */
const longestWaitMs = 120_000;
/** Clocks of two processes on one machine agree; a lock dated later than this was written before the clock was set back. */
const futureSlackMs = 2000;

type Holder = {readonly pid?: number; readonly host?: string; readonly time: number; readonly raw: string};

export class LockTimeoutError extends Error {
	readonly code = 'ELOCKED';

	readonly holderPid: number | undefined;

	constructor(lockPath: string, holderPid: number | undefined, waitedMs: number) {
		super(`another clinic-read${holderPid === undefined ? '' : ` (pid ${holderPid})`} kept ${lockPath} locked for ${Math.round(waitedMs / 1000)} s`);
		this.holderPid = holderPid;
	}
}

function readHolder(lockPath: string): Holder | undefined {
	let raw = '';
	let modified: number;
	try {
		modified = statSync(lockPath).mtimeMs;
		raw = readFileSync(lockPath, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return undefined;
		}

		// A folder (the lock of older versions) or an unreadable file: judged by its age alone.
		return {time: statSync(lockPath, {throwIfNoEntry: false})?.mtimeMs ?? Date.now(), raw};
	}

	try {
		const data = JSON.parse(raw) as {pid?: unknown; host?: unknown; time?: unknown};
		if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.time === 'number') {
			return {pid: data.pid, host: data.host, time: data.time, raw};
		}
	} catch {
		// Judged by its age below.
	}

	return {time: modified, raw};
}

function isStale(holder: Holder, owner: LockOwner, timing: LockTiming, now: number): boolean {
	if (holder.time > now + futureSlackMs) {
		return true;
	}

	if (holder.pid !== undefined && holder.host === hostname()) {
		return !owner.isAlive(holder.pid) || now - holder.time > liveHolderMs;
	}

	return now - holder.time > timing.staleMs;
}

/** Remove a stale lock unless someone replaced it meanwhile (rename is atomic: only one breaker wins). */
function breakLock(lockPath: string, holder: Holder): void {
	const aside = `${lockPath}.stale-${uniqueSuffix()}`;
	try {
		renameSync(lockPath, aside);
	} catch {
		return;
	}

	const taken = readHolderQuietly(aside);
	if (taken !== holder.raw) {
		// A fresh lock was taken between our look and the rename: give it back (link never overwrites).
		try {
			linkSync(aside, lockPath);
		} catch {
			// Someone holds a newer lock already; the one we moved is theirs to lose, as if it had gone stale.
		}
	}

	rmSync(aside, {recursive: true, force: true});
}

function readHolderQuietly(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

let counter = 0;
function uniqueSuffix(): string {
	counter++;
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/** Create `lockPath` holding `content`, failing with EEXIST if it exists; whole at once where links work. */
function createExclusive(draft: string, lockPath: string, content: string): void {
	writeFileSync(draft, content);
	try {
		linkSync(draft, lockPath);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EPERM') {
			throw error;
		}

		// File systems without hard links (FAT, some network shares).
		writeFileSync(lockPath, content, {flag: 'wx'});
	}
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
Run `work` holding `lockPath`. The lock is a file naming its holder (pid, host, time), created whole with a hard
link so nobody reads it half written. A lock whose holder died, one dated in the future, or one older than
`staleMs` is broken. A live holder is waited for with backoff; as long as the lock changes hands, the queue moves and
we wait on, giving up only when one holder keeps it `timeoutMs`.
*/
export function withFileLock<T>(lockPath: string, owner: LockOwner, work: () => T, timing: LockTiming = defaultLockTiming): T {
	const started = Date.now();
	let holderSeen = {raw: '', since: started};
	const draft = `${lockPath}.new-${owner.pid}-${uniqueSuffix()}`;
	let mine = '';
	try {
		for (let attempt = 0; ; attempt++) {
			// Dated now, not when the wait began, so a long wait does not make our own lock look stale.
			mine = JSON.stringify({pid: owner.pid, host: hostname(), time: Date.now()});
			try {
				createExclusive(draft, lockPath, mine);
				break;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					throw error;
				}
			}

			const now = Date.now();
			const holder = readHolder(lockPath);
			if (holder && isStale(holder, owner, timing, now)) {
				breakLock(lockPath, holder);
				continue;
			}

			if (holder?.raw !== holderSeen.raw) {
				holderSeen = {raw: holder?.raw ?? '', since: now};
			} else if (now - holderSeen.since >= timing.timeoutMs || now - started >= longestWaitMs) {
				throw new LockTimeoutError(lockPath, holder?.pid, now - holderSeen.since);
			}

			// Exponential backoff with jitter, so a crowd of writers does not wake in step.
			sleep(Math.min(100, 2 ** Math.min(attempt, 7)) * (0.5 + Math.random()));
		}
	} finally {
		rmSync(draft, {force: true});
	}

	try {
		return work();
	} finally {
		// Only our own lock: if it was broken as stale and taken, it is someone else's now.
		if (readHolderQuietly(lockPath) === mine) {
			unlinkSync(lockPath);
		}
	}
}
