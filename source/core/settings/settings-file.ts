import path from 'node:path';
import type {Place} from '../marks/state-folder.js';

/** $XDG_CONFIG_HOME/clinic-read/config.yml (~/.config/clinic-read/config.yml); %APPDATA%\clinic-read\config.yml on Windows. */
export function settingsFile({env, home, platform}: Place): string {
	const base = platform === 'win32' ? env['APPDATA'] || path.join(home, 'AppData', 'Roaming') : env['XDG_CONFIG_HOME'] || path.join(home, '.config');
	return path.join(base, 'clinic-read', 'config.yml');
}
