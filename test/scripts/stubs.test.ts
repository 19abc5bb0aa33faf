import {expect, test} from 'vitest';
// @ts-expect-error -- plain JS stand-ins with no types.
import addFormats from '../../scripts/stubs/ajv-formats.js';
// @ts-expect-error -- plain JS stand-ins with no types.
import {Ajv2020} from '../../scripts/stubs/ajv/dist/2020.js';
// @ts-expect-error -- plain JS stand-ins with no types.
import {highlight} from '../../scripts/stubs/cli-highlight.js';
// @ts-expect-error -- plain JS stand-ins with no types.
import {get} from '../../scripts/stubs/node-emoji.js';
// @ts-expect-error -- plain JS stand-ins with no types.
import semver from '../../scripts/stubs/semver.js';

// The bundle swaps these in for code clinic-read never runs; if it ever does run, it must fail loudly, not quietly.
test.each([
	['ajv', () => new Ajv2020()],
	['ajv-formats', () => addFormats({})],
	['cli-highlight', () => highlight('x', {language: 'js'})],
	['node-emoji', () => get(':smile:')],
	['semver', () => (semver as {satisfies: (version: string, range: string) => boolean}).satisfies('1.0.0', '^1')],
])('the %s stand-in throws when reached', (name, reach) => {
	expect(reach).toThrow(new RegExp(`clinic-read is built without (JSON schema support|${name})`));
});
