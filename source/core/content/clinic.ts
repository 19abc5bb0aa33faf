import path from 'node:path';
import {readContentText} from './content-file.js';
import {UserError} from '../errors.js';
import {type Clinic, validateClinicFields} from './clinic-schema.js';
import {tryParseYaml} from './front-matter.js';
import {sanitizeLine} from '../text/sanitize.js';
import {summarizeWeek} from './hours.js';

export type {Clinic} from './clinic-schema.js';

export function clinicFile(contentDirectory: string): string {
	return path.join(contentDirectory, 'clinic.yml');
}

/** The zone the machine runs in: where a clinic whose own zone is unknown falls back to. */
export function systemTimeZone(): string {
	return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
Validate parsed clinic.yml data by the content rules; an error is a UserError naming the file and field. A recoverable
one (an unknown time zone) is a warning: the clinic goes on in the system's zone.
*/
export function parseClinic(data: unknown, file: string, onWarning: (message: string) => void = () => undefined): Clinic {
	const {value, problems} = validateClinicFields(data);
	const fatal = problems.find(problem => problem.severity === 'error' && !problem.recoverable);
	if (!value || fatal) {
		const message = fatal?.message ?? 'expected "key: value" fields such as name and phone';
		throw new UserError(`${file}: ${message.startsWith('missing') ? `${message}; add it to the file` : message}`);
	}

	const unknownZone = problems.find(problem => problem.recoverable);
	if (unknownZone) {
		const zone = systemTimeZone();
		onWarning(`${sanitizeLine(file)}: ${unknownZone.message}; using the system's zone, ${zone}`);
		return {...value, timezone: zone};
	}

	return value;
}

/** Read content/clinic.yml; a missing or broken file is a UserError that names it. */
export function loadClinic(contentDirectory: string, onWarning?: (message: string) => void): Clinic {
	const file = clinicFile(contentDirectory);
	const read = readContentText(file);
	if ('problem' in read) {
		throw new UserError(read.code ? `${file}: cannot read the clinic's details; check --content or CLINIC_READ_CONTENT` : `${file}: ${read.problem}`);
	}

	const {text} = read;

	const parsed = tryParseYaml(text.replace(/^\uFEFF/, ''));
	if ('problem' in parsed) {
		throw new UserError(`${file}: broken YAML (${parsed.problem})`);
	}

	return parseClinic(parsed.data, file, onWarning);
}

/** The contact card as label/value rows, shared by the CLI, the reader and the kiosk. */
export function contactRows(clinic: Clinic): ReadonlyArray<readonly [label: string, value: string]> {
	const rows: Array<[string, string | undefined]> = [
		['Phone', clinic.phone],
		['Book', clinic.bookingUrl ? `${clinic.booking}: ${clinic.bookingUrl}` : clinic.booking],
		['Website', clinic.website],
		['Email', clinic.email],
		['Address', clinic.address ?? clinic.city],
		['Hours', clinic.openingHours ? summarizeWeek(clinic.openingHours) : clinic.hours],
	];
	return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

/** Plain contact card: the name, whether it is open now (with opening hours), then aligned rows. */
export function formatContactCard(clinic: Clinic, opening?: string): string {
	const rows = contactRows(clinic);
	const labelWidth = Math.max(...rows.map(([label]) => label.length));
	return [clinic.name, ...(opening ? [opening] : []), ...rows.map(([label, value]) => `${`${label}:`.padEnd(labelWidth + 1)}  ${value}`)].join('\n');
}

/** The closing line under every article. */
export function formatSignOff(clinic: Clinic, separator = ' · '): string {
	return [clinic.name, clinic.phone, clinic.booking].join(separator);
}
