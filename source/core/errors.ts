import {capMessage, sanitizeLine} from './text/sanitize.js';

/** Exit codes follow meow: 1 for something not found or failed, 2 for a usage error. */
export const exitCodes = {ok: 0, failure: 1, usage: 2} as const;

/**
An error meant for the person at the terminal: one line, no stack trace.
*/
export class UserError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode: number = exitCodes.failure) {
		super(message);
		this.name = 'UserError';
		this.exitCode = exitCode;
	}
}

export function usageError(message: string): UserError {
	return new UserError(message, exitCodes.usage);
}

/** The one-line form every error takes on stderr. */
export function formatError(message: string): string {
	return `clinic-read: ${capMessage(sanitizeLine(message))}`;
}
