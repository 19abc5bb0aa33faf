import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {cacheFile} from '../../source/io/cache-files.js';

const previous = process.env['XDG_CACHE_HOME'];
beforeEach(() => {
	process.env['XDG_CACHE_HOME'] = '/cache-home';
});
afterEach(() => {
	process.env['XDG_CACHE_HOME'] = previous;
});

test('one file per identity, the same on every run, in $XDG_CACHE_HOME/clinic-read', () => {
	const index = cacheFile('index', '/srv/clinic/content');
	expect(index).toMatch(/^\/cache-home\/clinic-read\/index-[\da-f]{12}\.json$/);
	expect(cacheFile('index', '/srv/clinic/content')).toBe(index);
	expect(cacheFile('index', '/srv/clinic/content2')).not.toBe(index);
	expect(path.dirname(cacheFile('articles', '/srv/clinic/content/posts/a.md\nplain'))).toBe('/cache-home/clinic-read/articles');
});

test('a thousand paths, a thousand names', () => {
	const names = new Set(Array.from({length: 1000}, (_, index) => cacheFile('articles', `/posts/post-${index}.md\nplain`)));
	expect(names.size).toBe(1000);
});
