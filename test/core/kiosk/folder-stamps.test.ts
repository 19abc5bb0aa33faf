import {mkdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {folderStamps, statWholeUpTo} from '../../../source/core/kiosk/folder-stamps.js';
import {temporaryDirectory} from '../../helpers/content.js';

/**
A folder of Markdown files, with a clock far enough ahead that its names are settled (not within a clock tick); small
folders are checked whole unless `wholeUpTo` is lowered, as here (0), to test the checks in turn.
*/
function setup(names = ['a.md', 'b.md', 'c.md', 'd.md'], wholeUpTo = 0) {
	const directory = path.join(temporaryDirectory(), 'posts');
	mkdirSync(directory);
	for (const name of names) {
		writeFileSync(path.join(directory, name), `text of ${name}`);
	}

	const stamps = folderStamps(directory, () => Date.now() + 60_000, wholeUpTo);
	const file = (name: string) => path.join(directory, name);
	/** Write into the file in place: the folder's time does not change. */
	const editInPlace = (name: string, text: string) => {
		const folderTime = statSync(directory).mtime;
		writeFileSync(file(name), text);
		utimesSync(directory, folderTime, folderTime);
	};

	return {directory, stamps, file, editInPlace};
}

test('the first check is a change; then only a real change is, and a check sees it once', () => {
	const {stamps, file} = setup();
	expect(stamps.check(1)).toBe(true);
	expect(stamps.names()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
	expect(stamps.check(1)).toBe(false);
	expect(stamps.check(0.1)).toBe(false);

	writeFileSync(file('e.md'), 'new');
	writeFileSync(file('notes.txt'), 'not a post');
	expect(stamps.check(0.1)).toBe(true);
	expect(stamps.names()).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'e.md']);
	// A new name is not a changed file: the catalogue has nothing of it to distrust.
	expect([...stamps.changedNames()]).toEqual([]);
	expect(stamps.check(1)).toBe(false);

	rmSync(file('b.md'));
	expect(stamps.check(0.1)).toBe(true);
	expect(stamps.names()).toEqual(['a.md', 'c.md', 'd.md', 'e.md']);
});

test('an edit in place (the folder unchanged) is seen by a full check, and by partial checks within 1/share of them', () => {
	const {stamps, editInPlace} = setup();
	stamps.check(1);
	editInPlace('c.md', 'edited, and longer than before');
	expect(stamps.check(1)).toBe(true);
	expect([...stamps.changedNames()]).toEqual(['c.md']);
	expect(stamps.check(1)).toBe(false);

	editInPlace('b.md', 'edited again, also longer than before');
	// A quarter of four files is one per check: the edit is found within four checks, and only once.
	const found = [1, 2, 3, 4].map(() => {
		const changed = stamps.check(0.25);
		return changed ? [...stamps.changedNames()] : [];
	});
	expect(found.flat()).toEqual(['b.md']);
	expect([1, 2, 3, 4, 5].map(() => stamps.check(0.25))).toEqual([false, false, false, false, false]);
});

test('a partial check that finds one change stats every file, so the next check compares with a complete picture', () => {
	const {stamps, editInPlace} = setup();
	stamps.check(1);
	editInPlace('a.md', 'first edit, much longer');
	editInPlace('d.md', 'second edit, much longer');
	// The first partial check looks at a.md, finds it changed, then looks at the rest.
	expect(stamps.check(0.25)).toBe(true);
	expect([...stamps.changedNames()].sort()).toEqual(['a.md', 'd.md']);
	expect(stamps.check(1)).toBe(false);
});

test('an editor\'s rename-save is a change even with the same size and time (a new inode)', () => {
	const {stamps, file} = setup();
	utimesSync(file('a.md'), new Date(0), new Date(0));
	stamps.check(1);
	writeFileSync(file('.a.md.swp'), 'text of a.md');
	utimesSync(file('.a.md.swp'), new Date(0), new Date(0));
	renameSync(file('.a.md.swp'), file('a.md'));
	expect(stamps.check(1)).toBe(true);
	expect([...stamps.changedNames()]).toEqual(['a.md']);
});

test('a missing folder is absent with no names; its return is a change', () => {
	const {directory, stamps, file} = setup(['a.md']);
	stamps.check(1);
	rmSync(directory, {recursive: true});
	expect(stamps.check(0.1)).toBe(true);
	expect({present: stamps.present(), names: stamps.names()}).toEqual({present: false, names: []});
	expect(stamps.check(0.1)).toBe(false);
	mkdirSync(directory);
	writeFileSync(file('a.md'), 'back');
	expect(stamps.check(0.1)).toBe(true);
	expect({present: stamps.present(), names: stamps.names()}).toEqual({present: true, names: ['a.md']});
});

test('a folder missing from the start: the first check is still a change, so the display leaves its first state', () => {
	const stamps = folderStamps(path.join(temporaryDirectory(), 'nowhere'));
	expect(stamps.check(1)).toBe(true);
	expect(stamps.present()).toBe(false);
	expect(stamps.check(1)).toBe(false);
});

test('names read within the folder\'s clock tick are read again at the next check, and every file statted', () => {
	const directory = path.join(temporaryDirectory(), 'posts');
	mkdirSync(directory);
	writeFileSync(path.join(directory, 'a.md'), 'one');
	const time = new Date(Math.floor(Date.now() / 1000) * 1000);
	utimesSync(directory, time, time);
	// The clock says the names were read in the same second the folder changed (a coarse clock gives both one time).
	const stamps = folderStamps(directory, () => time.getTime());
	stamps.check(1);
	writeFileSync(path.join(directory, 'b.md'), 'two');
	utimesSync(directory, time, time);
	expect(stamps.check(0.1)).toBe(true);
	expect(stamps.names()).toEqual(['a.md', 'b.md']);
});

test('a folder of up to statWholeUpTo files is checked whole at every check, whatever the share', () => {
	const {stamps, editInPlace} = setup(['a.md', 'b.md', 'c.md', 'd.md'], statWholeUpTo);
	stamps.check(1);
	editInPlace('d.md', 'edited in place, and longer than before');
	expect(stamps.check(0.1)).toBe(true);
	expect([...stamps.changedNames()]).toEqual(['d.md']);
});
