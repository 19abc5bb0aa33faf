import {describe, expect, test} from 'vitest';
import {nearest, parseArguments} from '../../source/args/parse.js';

const parse = (input: string[], flags: Record<string, unknown> = {}, argv: string[] = input) => parseArguments(input, flags, argv);

describe('parseArguments', () => {
	test('a command, its arguments (trimmed) and the flags it takes', () => {
		expect(parse(['read', ' 1 '], {width: '40', plain: true, content: 'x', color: undefined})).toEqual({kind: 'run', command: 'read', args: ['1'], flags: {width: '40', plain: true, content: 'x', color: undefined}});
		expect(parse([], {unread: true})).toEqual({kind: 'run', command: undefined, args: [], flags: {unread: true}});
	});

	test('help anywhere, for the command it follows; the version before any command runs', () => {
		expect(parse(['list'], {help: true})).toEqual({kind: 'help', command: 'list'});
		expect(parse(['help', 'kiosk'])).toEqual({kind: 'help', command: 'kiosk'});
		expect(parse(['help'])).toEqual({kind: 'help', command: undefined});
		expect(parse([], {help: true, bogus: true})).toEqual({kind: 'help', command: undefined});
		expect(parse(['list'], {version: true})).toEqual({kind: 'version'});
	});

	test('a flag of another command names the commands it belongs to', () => {
		expect(() => parse(['list'], {wpm: '200'})).toThrow(expect.objectContaining({exitCode: 2, message: '--wpm is a flag of "kiosk", not of "list"; see "clinic-read list --help"'}));
		expect(() => parse(['contact'], {pageLength: '60'})).toThrow('--page-length is a flag of "print", not of "contact"');
		expect(() => parse(['list'], {all: true})).toThrow('--all is a flag of "mark" and "print", not of "list"');
		expect(() => parse([], {plain: true})).toThrow('--plain is a flag of "read", not of "clinic-read" alone; see "clinic-read --help"');
	});

	test('an unknown flag suggests the closest one the command takes', () => {
		expect(() => parse(['list'], {unred: true})).toThrow('unknown flag "--unred"; did you mean "--unread"?');
		expect(() => parse(['print'], {pageLenght: '3'})).toThrow('unknown flag "--page-lenght"; did you mean "--page-length"?');
		expect(() => parse(['list'], {x: true})).toThrow('unknown flag "-x"; see "clinic-read list --help"');
		expect(() => parse(['list'], {frobnicate: true})).toThrow('unknown flag "--frobnicate"; see "clinic-read list --help"');
	});

	test('an unknown command suggests the closest, or lists them', () => {
		expect(() => parse(['lsit'])).toThrow(expect.objectContaining({exitCode: 2, message: 'unknown command "lsit"; did you mean "list"?'}));
		expect(() => parse(['help', 'kisok'])).toThrow('unknown command "kisok"; did you mean "kiosk"?');
		expect(() => parse(['extra'], {version: true})).toThrow('unknown command "extra"; try list, read');
	});

	test('a boolean flag given a value is a usage error, not silently false', () => {
		expect(() => parse([], {json: false}, ['--json=maybe'])).toThrow(expect.objectContaining({exitCode: 2, message: expect.stringContaining('--json is on or off')}));
		expect(() => parse(['read', 'x'], {pager: false}, ['read', 'x', '--no-pager=1'])).toThrow('--pager is on or off');
		expect(parse([], {json: true}, ['--json=true'])).toMatchObject({kind: 'run'});
		expect(parse(['read', '--width=3'], {}, ['read', '--', '--json=maybe'])).toMatchObject({kind: 'run'});
	});
});

test('nearest finds a slip, not another word', () => {
	expect(nearest('lst', ['list', 'read'])).toBe('list');
	expect(nearest('--unred', ['--unread', '--json'])).toBe('--unread');
	expect(nearest('frobnicate', ['list', 'read'])).toBeUndefined();
	expect(nearest('x', [])).toBeUndefined();
});
