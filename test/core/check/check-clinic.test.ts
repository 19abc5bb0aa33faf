import {describe, expect, test} from 'vitest';
import {checkClinic} from '../../../source/core/check/check-clinic.js';
import {loadClinic} from '../../../source/core/content/clinic.js';
import {makeContent} from '../../helpers/content.js';

const clinic = 'name: Delta\nphone: 905-270-3086\ncity: Mississauga\nbooking: Call us\n';

describe('checkClinic', () => {
	test('a time zone that is not a real IANA zone is an error on its line', () => {
		expect(checkClinic(`${clinic}timezone: Mars/Olympus\n`)).toEqual([
			{line: 5, severity: 'error', message: 'unknown timezone "Mars/Olympus" (use a name such as America/Toronto)'},
		]);
	});

	test('the reader goes on with the same clinic, in the system zone, with one warning naming the value', () => {
		const directory = makeContent({}, `${clinic}timezone: Mars/Olympus\n`);
		const warnings: string[] = [];
		const loaded = loadClinic(directory, message => warnings.push(message));
		expect(loaded).toMatchObject({name: 'Delta', timezone: new Intl.DateTimeFormat().resolvedOptions().timeZone});
		expect(warnings).toEqual([expect.stringMatching(/clinic\.yml: unknown timezone "Mars\/Olympus" \(use a name such as America\/Toronto\); using the system's zone, /)]);
	});

	test('broken YAML points at a line inside the file', () => {
		expect(checkClinic(`${clinic}address: "unclosed\n`)).toEqual([{line: 5, severity: 'error', message: expect.stringMatching(/^broken YAML: /)}]);
	});

	test('problems of the rules land on the line of their key; a missing key on line 1', () => {
		expect(checkClinic('name: Delta\nphone: 12\ncity: M\nwebsite: deltaphysio.ca\nfax: 1\n')).toEqual([
			{line: 1, severity: 'error', message: 'missing "booking"'},
			{line: 2, severity: 'error', message: 'phone "12" has 2 digits; it needs at least 10'},
			{line: 4, severity: 'error', message: '"website" must be a web address starting with https:// or http://, not "deltaphysio.ca"'},
			{line: 5, severity: 'warning', message: expect.stringMatching(/^unknown key "fax"/)},
		]);
	});
});
