import {spawnSync} from 'node:child_process';
import {UserError} from '../core/errors.js';
import type {Context} from './context.js';

/**
Open `file` in $VISUAL or $EDITOR (else vi) on this terminal and wait. The editor setting may carry its own
arguments ("code --wait"), so a shell runs it, with the file passed as an argument, never pasted into the command.
*/
export function openEditor(context: Context, file: string): void {
	const editor = context.env['VISUAL'] || context.env['EDITOR'] || 'vi';
	const result = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], {stdio: 'inherit', env: context.env});
	if (result.error || result.status !== 0) {
		const reason = result.error ? (result.error as NodeJS.ErrnoException).code ?? result.error.message : `exit ${result.status ?? result.signal ?? ''}`;
		throw new UserError(`the editor "${editor}" did not finish (${reason}); ${file} is where it was`);
	}
}
