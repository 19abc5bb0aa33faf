import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {root} from './helpers/cli.js';

/** Every .ts/.tsx file under a folder, as paths relative to the repository. */
function sourceFiles(folder: string): string[] {
	return readdirSync(path.join(root, folder)).flatMap(name => {
		const relative = path.join(folder, name);
		return statSync(path.join(root, relative)).isDirectory() ? sourceFiles(relative) : (/\.tsx?$/.test(name) ? [relative] : []);
	});
}

const files = sourceFiles('source');

// The README and ARCHITECTURE.md promise these; a test keeps the promise true.
test('no source file is over 200 lines', () => {
	const long = files.filter(file => readFileSync(path.join(root, file), 'utf8').trimEnd().split('\n').length > 200);
	expect(long).toEqual([]);
});

test('at least 70 % of source files have a test at the mirrored path', () => {
	const mirrored = files.filter(file => ['.test.ts', '.test.tsx'].some(ending => existsSync(path.join(root, file.replace(/^source/, 'test').replace(/\.tsx?$/, ending)))));
	expect(mirrored.length / files.length).toBeGreaterThanOrEqual(0.7);
});

test('every folder ARCHITECTURE.md names exists', () => {
	const map = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
	const folders = [...map.matchAll(/`((?:source\/)?(?:core|ui|commands|args|io)(?:\/[a-z-]+)*)\/`/g)].map(match => match[1]!);
	expect(folders.length).toBeGreaterThan(10);
	expect(folders.filter(folder => !existsSync(path.join(root, folder.startsWith('source/') ? folder : `source/${folder}`)))).toEqual([]);
});

test('the rooms of core/ depend on each other one way: no cycle between them', () => {
	const rooms = new Map<string, Set<string>>();
	for (const file of files.filter(name => /^source\/core\/[^/]+\//.test(name))) {
		const room = file.split('/')[2]!;
		const uses = rooms.get(room) ?? new Set<string>();
		for (const [, other] of readFileSync(path.join(root, file), 'utf8').matchAll(/from '\.\.\/([a-z-]+)\//g)) {
			uses.add(other!);
		}

		rooms.set(room, uses);
	}

	// Depth-first: a room met again while still on the path closes a cycle.
	const cycles: string[] = [];
	const done = new Set<string>();
	const visit = (room: string, trail: readonly string[]) => {
		if (trail.includes(room)) {
			cycles.push([...trail.slice(trail.indexOf(room)), room].join(' → '));
			return;
		}

		if (done.has(room)) {
			return;
		}

		for (const next of rooms.get(room) ?? []) {
			visit(next, [...trail, room]);
		}

		done.add(room);
	};

	for (const room of rooms.keys()) {
		visit(room, []);
	}

	expect(rooms.size).toBeGreaterThan(8);
	expect(cycles).toEqual([]);
});
