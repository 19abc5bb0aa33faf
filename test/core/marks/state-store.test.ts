import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {SavedState, SaveResult, SlugDataChange} from '../../../source/core/marks/read-marks.js';
import {createMemoryStore, createStateStore, createStoreSavedLater} from '../../../source/core/marks/state-store.js';
import {temporaryDirectory} from '../../helpers/content.js';

type Changes = ReadonlyArray<readonly [string, SlugDataChange]>;

/** A save that fails while `failing` is set, else applies the changes to `disk` as the conf store does under its lock. */
function flakyDisk(disk: SavedState) {
	const control = {failing: true, calls: 0};
	const save = (changes: Changes): SaveResult & {state?: SavedState} => {
		control.calls++;
		if (control.failing) {
			return {saved: false, reason: 'the disk is full (ENOSPC)'};
		}

		for (const [section, change] of changes) {
			const entries = {...(disk[section] as Record<string, unknown> | undefined)};
			change(entries);
			disk[section] = entries;
		}

		return {saved: true, state: {...disk}};
	};

	return {control, save};
}

describe('createStateStore', () => {
	test('a failed save keeps the change in memory, says why, and a retry writes it over what others saved meanwhile', () => {
		const disk: SavedState = {read: {other: 't0'}};
		const {control, save} = flakyDisk(disk);
		const store = createStateStore('x/config.json', 'x', {}, save);
		expect(store.setRead(['a'], true)).toEqual({saved: false, reason: 'the disk is full (ENOSPC)'});
		expect(store.isRead('a')).toBe(true);
		expect(store.unsavedReason()).toBe('the disk is full (ENOSPC)');

		control.failing = false;
		expect(store.retry()).toEqual({saved: true});
		expect(Object.keys(disk['read'] as object).sort()).toEqual(['a', 'other']);
		expect(store.isRead('other')).toBe(true);
		expect(store.unsavedReason()).toBeUndefined();
	});

	test('changes made while saves fail are replayed in order: marking then unmarking leaves it unread', () => {
		const disk: SavedState = {};
		const {control, save} = flakyDisk(disk);
		const store = createStateStore('x/config.json', 'x', {}, save);
		store.setRead(['a'], true);
		store.setRead(['a'], false);
		control.failing = false;
		store.retry();
		expect(disk['read']).toEqual({});
	});

	test('retry with nothing pending does not touch the disk', () => {
		const {control, save} = flakyDisk({});
		const store = createStateStore('x/config.json', 'x', {}, save);
		expect(store.retry()).toEqual({saved: true});
		expect(control.calls).toBe(0);
	});
});

describe('createStoreSavedLater (the reader: marks read at once, conf loaded after the first frame)', () => {
	test('reads the marks on disk before it can write, and a change made before its save arrives is saved on arrival', () => {
		const directory = temporaryDirectory();
		mkdirSync(directory, {recursive: true});
		writeFileSync(path.join(directory, 'config.json'), JSON.stringify({read: {knee: 't0'}}));
		const {store, attach} = createStoreSavedLater(directory, () => undefined);
		expect([store.isRead('knee'), store.isRead('hip')]).toEqual([true, false]);

		expect(store.setRead(['hip'], true).saved).toBe(false);
		expect(store.isRead('hip')).toBe(true);
		expect(store.unsavedReason()).toBe('still loading');

		const disk: SavedState = {read: {knee: 't0'}};
		const {control, save} = flakyDisk(disk);
		control.failing = false;
		attach(save);
		expect(Object.keys(disk['read'] as object).sort()).toEqual(['hip', 'knee']);
		expect(store.unsavedReason()).toBeUndefined();
		expect(store.setRead(['ankle'], true)).toEqual({saved: true});
	});
});

describe('createMemoryStore', () => {
	test('marks and places live in memory and always save', () => {
		const store = createMemoryStore(['a'], {a: 0.5});
		expect([store.isRead('a'), store.position('a')]).toEqual([true, 0.5]);
		expect(store.setRead(['b'], true)).toEqual({saved: true});
		expect(store.setPosition('b', 2)).toEqual({saved: true});
		expect([store.isRead('b'), store.position('b'), store.unsavedReason()]).toEqual([true, 1, undefined]);
	});
});

describe('position', () => {
	test('is the saved place of a post, and nothing for a post without one, whatever its name', () => {
		const store = createMemoryStore([], {knee: 0.5});
		expect(store.position('knee')).toBe(0.5);
		for (const slug of ['hip', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(store.position(slug)).toBeUndefined();
		}
	});
});
