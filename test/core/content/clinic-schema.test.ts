import {describe, expect, test} from 'vitest';
import {isTimeZone, phoneProblem} from '../../../source/core/content/clinic-schema.js';

describe('phoneProblem', () => {
	test.each(['+1 (905) 270-3086', '905-270-3086', '9052703086', '+44 20 7946 0958'])('phone %j is fine', phone => {
		expect(phoneProblem(phone)).toBeUndefined();
	});
});

describe('isTimeZone', () => {
	test.each(['America/Toronto', 'Europe/London', 'UTC', 'Etc/UTC', 'US/Eastern', 'america/toronto'])('%s is a zone Intl knows (canonical, alias or any case)', zone => {
		expect(isTimeZone(zone)).toBe(true);
	});

	test.each(['Mars/Olympus', '', 'America/', 'Toronto'])('%j is not a zone', zone => {
		expect(isTimeZone(zone)).toBe(false);
	});
});
