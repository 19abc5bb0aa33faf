import {isMapping} from './front-matter.js';
import {type FieldProblem, type Validation} from './schema.js';
import {isWebAddress} from './value-rules.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type OpeningHours, parseOpeningHours} from './hours.js';

export type Clinic = {
	readonly name: string;
	readonly phone: string;
	readonly city: string;
	/** How to book, in words: "Book online or call". */
	readonly booking: string;
	readonly website?: string;
	readonly bookingUrl?: string;
	readonly email?: string;
	readonly address?: string;
	/** Opening hours as free text, when clinic.yml gives `hours:` as one line rather than day by day. */
	readonly hours?: string;
	/** Opening hours day by day, from `hours:` as a mapping, with `closures:`. */
	readonly openingHours?: OpeningHours;
	readonly timezone?: string;
	readonly disclaimer?: string;
	/** The clinic's feed (or blog page), where `sync` looks when it is given no address. */
	readonly feed?: string;
};

export const requiredClinicKeys = ['name', 'phone', 'city', 'booking'] as const;
export const clinicKeys = [...requiredClinicKeys, 'website', 'bookingUrl', 'email', 'address', 'hours', 'closures', 'timezone', 'disclaimer', 'feed'] as const;
const phoneCharacters = /^\+?[\d\s()-]+$/;
const minimumPhoneDigits = 10;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Why a phone number is not one people can dial, or undefined. */
export function phoneProblem(phone: string): string | undefined {
	if (!phoneCharacters.test(phone.trim())) {
		return `phone "${sanitizeLine(phone)}" may only hold digits, spaces, dashes and parentheses, with an optional leading +`;
	}

	const digits = phone.replaceAll(/\D/g, '').length;
	return digits < minimumPhoneDigits ? `phone "${sanitizeLine(phone)}" has ${digits} digits; it needs at least ${minimumPhoneDigits}` : undefined;
}

// Intl's canonical zone names, listed on first use: a name found there needs no formatter (building the first
// Intl.DateTimeFormat loads ICU's zone data, ~15 ms of every start that reads clinic.yml).
let canonicalZones: ReadonlySet<string> | undefined;

/** Whether Intl knows the zone, such as America/Toronto (or an alias Intl accepts, such as UTC or us/eastern). */
export function isTimeZone(timeZone: string): boolean {
	canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
	if (canonicalZones.has(timeZone)) {
		return true;
	}

	try {
		new Intl.DateTimeFormat('en-CA', {timeZone});
		return true;
	} catch {
		return false;
	}
}

/** A problem the reader can live with: it drops the field (the clinic's zone falls back to the system's) and warns. */
export type ClinicProblem = FieldProblem & {readonly recoverable?: boolean; readonly at?: string};

function valueProblem(key: string, value: string): ClinicProblem | undefined {
	const shown = sanitizeLine(value);
	if (key === 'phone') {
		const problem = phoneProblem(value);
		return problem === undefined ? undefined : {key, severity: 'error', message: problem};
	}

	if ((key === 'website' || key === 'bookingUrl' || key === 'feed') && !isWebAddress(value.trim())) {
		return {key, severity: 'error', message: `"${key}" must be a web address starting with https:// or http://, not "${shown}"`};
	}

	if (key === 'email' && !emailPattern.test(value.trim())) {
		return {key, severity: 'error', message: `email "${shown}" does not look like an address (name@example.com)`};
	}

	if (key === 'timezone' && !isTimeZone(value.trim())) {
		return {key, severity: 'error', recoverable: true, message: `unknown timezone "${shown}" (use a name such as America/Toronto)`};
	}

	return undefined;
}

/**
Validate parsed clinic.yml: the required fields, text values, phone, web, email and time-zone formats, unknown keys.
The clinic is given when every error is recoverable; those fields are left out of it.
*/
export function validateClinicFields(data: unknown): Validation<Clinic, ClinicProblem> {
	if (!isMapping(data)) {
		return {problems: [{severity: 'error', message: 'expected "key: value" fields such as name and phone'}]};
	}

	const problems: ClinicProblem[] = [];
	const clinic: Record<string, unknown> = {};
	// Day by day when `hours:` is a mapping (a line of text stays text); each problem says where: `hours.mon`, `closures.2`.
	const dayByDay = isMapping(data['hours']);
	if (dayByDay || data['closures'] !== undefined) {
		const {hours, problems: found} = parseOpeningHours(dayByDay ? data['hours'] : {}, data['closures']);
		problems.push(...found.map(({path, message}) => ({key: path.split('.')[0]!, at: path, severity: 'error' as const, message})));
		if (dayByDay && found.length === 0) {
			clinic['openingHours'] = hours;
		}
	}

	for (const key of requiredClinicKeys) {
		const value = data[key];
		if (value === undefined || value === null || String(value).trim() === '') {
			problems.push({...(value === undefined ? {} : {key}), severity: 'error', message: `missing "${key}"`});
		}
	}

	for (const [key, value] of Object.entries(data)) {
		if (key === 'closures' || (key === 'hours' && dayByDay)) {
			continue;
		}

		if (!(clinicKeys as readonly string[]).includes(key)) {
			problems.push({key, severity: 'warning', message: `unknown key "${sanitizeLine(key)}" (known: ${clinicKeys.join(', ')})`});
		} else if (value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number') {
			problems.push({key, severity: 'error', message: `"${key}" must be text`});
		} else if (value !== null && value !== undefined && String(value).trim() !== '') {
			const problem = valueProblem(key, String(value));
			if (problem) {
				problems.push(problem);
			}

			if (!problem?.recoverable) {
				clinic[key] = sanitizeLine(String(value));
			}
		}
	}

	const fatal = problems.some(problem => problem.severity === 'error' && !problem.recoverable);
	return fatal ? {problems} : {value: clinic as unknown as Clinic, problems};
}
