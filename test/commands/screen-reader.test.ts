import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';

describe('--screen-reader when piped (to a braille display or a file)', () => {
	test('list: one sentence a post, no columns or markers', () => {
		const {stdout, status} = runCli(['list', '--screen-reader']);
		expect(status).toBe(0);
		expect(stdout.split('\n')[2]).toBe('3. Can Physiotherapy Help You Avoid Surgery? — January 10, 2026, unread');
	});

	test('read: structure said in words, no rules or underlines; CLINIC_READ_SCREEN_READER=1 does the same', () => {
		const {stdout, status} = runCli(['read', '3'], {env: {CLINIC_READ_SCREEN_READER: '1'}});
		expect(status).toBe(0);
		expect(stdout).toContain('Heading level 2: Why try physiotherapy first?');
		expect(stdout).not.toMatch(/^[-=]{3,}$/m);
		expect(runCli(['read', '3', '--screen-reader', '--no-screen-reader']).stdout).toMatch(/^={3,}$/m);
	});
});
