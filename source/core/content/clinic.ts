import {readFileSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import {parseYaml} from './post.js';
import {sanitizeLine} from '../text/sanitize.js';

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
	readonly hours?: string;
	readonly timezone?: string;
	readonly disclaimer?: string;
};

const required = ['name', 'phone', 'city', 'booking'] as const;
const optional = ['website', 'bookingUrl', 'email', 'address', 'hours', 'timezone', 'disclaimer'] as const;

export function clinicFile(contentDirectory: string): string {
	return path.join(contentDirectory, 'clinic.yml');
}

/** Validate parsed clinic.yml data; throws a UserError naming the file and field. */
export function parseClinic(data: unknown, file: string): Clinic {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new UserError(`${file}: expected "key: value" fields such as name and phone`);
	}

	const fields = data as Record<string, unknown>;
	const clinic: Record<string, string> = {};
	for (const key of [...required, ...optional]) {
		const value = fields[key];
		if (typeof value === 'string' || typeof value === 'number') {
			clinic[key] = sanitizeLine(String(value));
		} else if (value !== undefined && value !== null) {
			throw new UserError(`${file}: "${key}" must be text`);
		}
	}

	const missing = required.find(key => !clinic[key]);
	if (missing) {
		throw new UserError(`${file}: missing "${missing}"; add it to the file`);
	}

	return clinic as unknown as Clinic;
}

/** Read content/clinic.yml; a missing or broken file is a UserError that names it. */
export function loadClinic(contentDirectory: string): Clinic {
	const file = clinicFile(contentDirectory);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new UserError(`${file}: cannot read the clinic's details; check --content or CLINIC_READ_CONTENT`);
	}

	try {
		return parseClinic(parseYaml(text), file);
	} catch (error) {
		if (error instanceof UserError) {
			throw error;
		}

		throw new UserError(`${file}: broken YAML (${(error as Error).message.split('\n')[0] ?? ''})`);
	}
}

/** The contact card as label/value rows, shared by the CLI, the reader and the kiosk. */
export function contactRows(clinic: Clinic): ReadonlyArray<readonly [label: string, value: string]> {
	const rows: Array<[string, string | undefined]> = [
		['Phone', clinic.phone],
		['Book', clinic.bookingUrl ? `${clinic.booking}: ${clinic.bookingUrl}` : clinic.booking],
		['Website', clinic.website],
		['Email', clinic.email],
		['Address', clinic.address ?? clinic.city],
		['Hours', clinic.hours],
	];
	return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

/** Plain contact card: the name, then aligned rows. */
export function formatContactCard(clinic: Clinic): string {
	const rows = contactRows(clinic);
	const labelWidth = Math.max(...rows.map(([label]) => label.length));
	return [clinic.name, ...rows.map(([label, value]) => `${`${label}:`.padEnd(labelWidth + 1)}  ${value}`)].join('\n');
}

/** The closing line under every article. */
export function formatSignOff(clinic: Clinic, separator = ' · '): string {
	return [clinic.name, clinic.phone, clinic.booking].join(separator);
}
