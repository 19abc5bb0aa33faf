import {cpSync, existsSync, mkdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';

/** What decides where files go: the environment, the home folder and the platform, passed in (core is pure). */
export type Place = {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly home: string;
	readonly platform: string;
};

/**
Where read marks and positions live: state, not settings, so $XDG_STATE_HOME/clinic-read (~/.local/state/clinic-read);
on Windows %LOCALAPPDATA%\clinic-read\State. Always a folder named clinic-read, never conf's clinic-read-nodejs.
*/
export function stateDirectory({env, home, platform}: Place): string {
	if (platform === 'win32') {
		return path.join(env['LOCALAPPDATA'] || path.join(home, 'AppData', 'Local'), 'clinic-read', 'State');
	}

	return path.join(env['XDG_STATE_HOME'] || path.join(home, '.local', 'state'), 'clinic-read');
}

/** Where conf kept read marks before: its default folder for "clinic-read", which ends in -nodejs. */
export function legacyStateDirectory({env, home, platform}: Place): string {
	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', 'clinic-read-nodejs');
	}

	if (platform === 'win32') {
		return path.join(env['APPDATA'] || path.join(home, 'AppData', 'Roaming'), 'clinic-read-nodejs', 'Config');
	}

	return path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'clinic-read-nodejs');
}

/**
Move the old clinic-read-nodejs folder to the state folder, once: only when the old one exists and the new one does
not, so marks are never merged over or lost. Returns a line saying what moved, or undefined when nothing did.
*/
export function migrateStateFolder(from: string, to: string): string | undefined {
	if (!existsSync(from) || existsSync(to)) {
		return undefined;
	}

	mkdirSync(path.dirname(to), {recursive: true});
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
			throw error;
		}

		// Another file system (a separate /home/.local): copy, and remove the old folder only once the copy is whole.
		cpSync(from, to, {recursive: true, errorOnExist: true, force: false});
		rmSync(from, {recursive: true, force: true});
	}

	return `moved your read marks from ${from} to ${to}`;
}
