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

const clinicYaml = 'name: Test Clinic\nphone: 905-555-0100\ncity: Mississauga\nbooking: Call or book online\n';

describe('checkClinic: each rule', () => {
	test.each([
		['a missing field', 'name: C\ncity: M\nbooking: B\n', 1, 'error', 'missing "phone"'],
		['an empty field', 'name: C\nphone: 905-555-0100\ncity:\nbooking: B\n', 3, 'error', 'missing "city"'],
		['a field that is not text', `${clinicYaml}hours: [a, b]\n`, 5, 'error', '"hours" must be text'],
		['letters in the phone', 'name: C\nphone: 905-CALL-NOW\ncity: M\nbooking: B\n', 2, 'error', 'phone "905-CALL-NOW" may only hold digits, spaces, dashes and parentheses, with an optional leading +'],
		['a short phone', 'name: C\nphone: 555 0100\ncity: M\nbooking: B\n', 2, 'error', 'phone "555 0100" has 7 digits; it needs at least 10'],
		['a website without a scheme', `${clinicYaml}website: example.com\n`, 5, 'error', '"website" must be a web address starting with https:// or http://, not "example.com"'],
		['a booking link to another scheme', `${clinicYaml}bookingUrl: ftp://example.com\n`, 5, 'error', '"bookingUrl" must be a web address starting with https:// or http://, not "ftp://example.com"'],
		['an email without @', `${clinicYaml}email: front.example.com\n`, 5, 'error', 'email "front.example.com" does not look like an address (name@example.com)'],
		['an unknown key', `# Details\n${clinicYaml}fax: 905-555-0101\n`, 6, 'warning', 'unknown key "fax" (known: name, phone, city, booking, website, bookingUrl, email, address, hours, closures, timezone, disclaimer, feed)'],
		['broken YAML', 'name: C\nphone: [905\n', 2, 'error', 'broken YAML: unexpected end of the stream within a flow collection'],
		['a list', '- name\n', 1, 'error', 'expected "key: value" fields such as name and phone'],
	])('%s', (_name, text, line, severity, message) => {
		expect(checkClinic(text)).toEqual([{line, severity, message}]);
	});

	test('accepts every known field written well', () => {
		expect(checkClinic(`${clinicYaml}website: https://example.com\nbookingUrl: http://example.com/book\nemail: front@example.com\naddress: 1 Main St\nhours: Mon-Fri\ntimezone: America/Toronto\ndisclaimer: Not advice.\n`)).toEqual([]);
	});
});
