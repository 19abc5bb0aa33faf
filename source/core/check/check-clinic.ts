import yaml from 'js-yaml';
import {findKeyLine, type LineProblem} from './check-post.js';
import {parseYaml} from '../content/post.js';
import {sanitizeLine} from '../text/sanitize.js';

export const knownClinicKeys = ['name', 'phone', 'city', 'booking', 'website', 'bookingUrl', 'email', 'address', 'hours', 'timezone', 'disclaimer'] as const;
const requiredKeys = new Set(['name', 'phone', 'city', 'booking']);
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

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && url.hostname !== '' && /^https?:\/\//i.test(value);
	} catch {
		return false;
	}
}

/**
Check clinic.yml: the four required fields, text values, the phone, web and email formats, and unknown keys.
*/
export function checkClinic(text: string): LineProblem[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
	// An unclosed quote is reported past the end; the last line that has text is closer to it.
	const lastLine = Math.max(1, lines.findLastIndex(line => line.trim() !== '') + 1);
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		const {reason, mark} = error as yaml.YAMLException;
		return [{line: mark ? Math.min(mark.line + 1, lastLine) : 1, severity: 'error', message: `broken YAML: ${sanitizeLine(reason ?? String(error))}`}];
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return [{line: 1, severity: 'error', message: 'expected "key: value" fields such as name and phone'}];
	}

	const fields = data as Record<string, unknown>;
	const problems: LineProblem[] = [];
	const add = (key: string, message: string, severity: LineProblem['severity'] = 'error') => {
		problems.push({line: findKeyLine(lines, key) ?? 1, severity, message});
	};

	for (const key of requiredKeys) {
		const value = fields[key];
		if (value === undefined || value === null || String(value).trim() === '') {
			problems.push({line: value === undefined ? 1 : findKeyLine(lines, key) ?? 1, severity: 'error', message: `missing "${key}"`});
		}
	}

	for (const [key, value] of Object.entries(fields)) {
		if (!(knownClinicKeys as readonly string[]).includes(key)) {
			add(key, `unknown key "${sanitizeLine(key)}" (known: ${knownClinicKeys.join(', ')})`, 'warning');
			continue;
		}

		if (value === null || value === undefined) {
			continue;
		}

		if (typeof value !== 'string' && typeof value !== 'number') {
			add(key, `"${key}" must be text`);
			continue;
		}

		const shown = sanitizeLine(String(value));
		if (key === 'phone' && shown !== '') {
			const problem = phoneProblem(String(value));
			if (problem !== undefined) {
				add(key, problem);
			}
		} else if ((key === 'website' || key === 'bookingUrl') && !isWebAddress(String(value).trim())) {
			add(key, `"${key}" must be a web address starting with https:// or http://, not "${shown}"`);
		} else if (key === 'email' && !emailPattern.test(String(value).trim())) {
			add(key, `email "${shown}" does not look like an address (name@example.com)`);
		}
	}

	return problems;
}
