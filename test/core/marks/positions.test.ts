import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createConfStore} from '../../../source/core/marks/conf-store.js';
import {capPositions, parsePositions} from '../../../source/core/marks/positions.js';
import {temporaryDirectory} from '../../helpers/content.js';
import {lockOwner} from '../../helpers/lock.js';

const open = (directory: string) => createConfStore(directory, () => undefined, lockOwner);

describe('positions in the read state', () => {
	test('a place survives a restart, beside the read marks', () => {
		const directory = temporaryDirectory();
		const store = open(directory);
		store.setRead(['a'], true);
		store.setPosition('a', 0.44);
		const reopened = open(directory);
		expect([reopened.position('a'), reopened.isRead('a'), reopened.position('b')]).toEqual([0.44, true, undefined]);
		reopened.setRead(['b'], true);
		expect(open(directory).position('a')).toBe(0.44);
	});

	test('two processes keep each other\'s places', () => {
		const directory = temporaryDirectory();
		const first = open(directory);
		const second = open(directory);
		first.setPosition('a', 0.5);
		second.setPosition('b', 0.25);
		expect([open(directory).position('a'), open(directory).position('b')]).toEqual([0.5, 0.25]);
	});

	test('the file keeps only the newest places', () => {
		const positions = Object.fromEntries(Array.from({length: 5}, (_, index) => [`p${index}`, {at: 0.1, time: `2026-01-0${index + 1}T00:00:00.000Z`}]));
		expect(Object.keys(capPositions(positions, 3)).sort()).toEqual(['p2', 'p3', 'p4']);
		const directory = temporaryDirectory();
		const full = Object.fromEntries(Array.from({length: 1000}, (_, index) => [`old-${index}`, {at: 0.5, time: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString()}]));
		writeFileSync(path.join(directory, 'config.json'), JSON.stringify({read: {}, positions: full}));
		open(directory).setPosition('new', 0.5);
		const saved = JSON.parse(readFileSync(path.join(directory, 'config.json'), 'utf8')) as {positions: object};
		expect(Object.keys(saved.positions)).toHaveLength(1000);
		expect(Object.keys(saved.positions)).toContain('new');
		expect(Object.keys(saved.positions)).not.toContain('old-0');
	});

	test('positions of the wrong shape are skipped; the read marks stay', () => {
		expect(parsePositions({positions: {a: {at: 2, time: 'x'}, b: {at: 0.5, time: 't'}, c: 'top'}})).toEqual({b: {at: 0.5, time: 't'}});
		expect(parsePositions({positions: ['a']})).toEqual({});
		const directory = temporaryDirectory();
		writeFileSync(path.join(directory, 'config.json'), JSON.stringify({read: {a: '2026-01-01'}, positions: 'junk'}));
		const store = open(directory);
		expect([store.isRead('a'), store.position('a')]).toEqual([true, undefined]);
	});
});
