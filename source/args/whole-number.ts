import {usageError} from '../core/errors.js';
import {sanitizeLine} from '../core/text/sanitize.js';

export type Limits = {
	readonly min: number;
	readonly max: number;
	/** Why the smallest value is what it is, shown after it: "(a header, a footer and three lines of text)". */
	readonly why?: string;
};

/**
The one parser of every numeric flag: digits only (no sign, no point, no exponent), within limits, else a usage
error naming the flag and the value.
*/
export function wholeNumber(flag: string, value: string, {min, max, why}: Limits): number {
	const number = Number(value);
	if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
		throw usageError(`--${flag} must be a whole number from ${min}${why ? ` ${why}` : ''} to ${max}, not "${sanitizeLine(value)}"`);
	}

	return number;
}
