import {UserError} from '../errors.js';

/** A sync that failed at the server or on the way: exit 1, and the schedule backs off (or waits for Retry-After). */
export class FetchError extends UserError {
	readonly retryAfter?: Date;
	/** The HTTP status, when the server answered. */
	readonly status?: number;

	constructor(message: string, details: {readonly retryAfter?: Date | undefined; readonly status?: number} = {}) {
		super(message);
		this.name = 'FetchError';
		if (details.retryAfter !== undefined) {
			this.retryAfter = details.retryAfter;
		}

		if (details.status !== undefined) {
			this.status = details.status;
		}
	}
}
