import {describe, expect, test} from 'vitest';
import {phoneProblem} from '../../../source/core/content/clinic-schema.js';

describe('phoneProblem', () => {
	test.each(['+1 (905) 270-3086', '905-270-3086', '9052703086', '+44 20 7946 0958'])('phone %j is fine', phone => {
		expect(phoneProblem(phone)).toBeUndefined();
	});
});
