import {expect, test} from 'vitest';
import {decodeEntities} from '../../../source/core/render/entities.js';

test('complete references only, as CommonMark defines them', () => {
	expect(decodeEntities('&ouml; &#246; &#xF6; &copy')).toBe('ö ö ö &copy');
	expect(decodeEntities('&#1114112; &#xD800; &#0;')).toBe('\uFFFD \uFFFD \uFFFD');
	expect(decodeEntities('&#12345678; &#x1234567; &unknown;')).toBe('&#12345678; &#x1234567; &unknown;');
});

test('an escape decoded from &#27; is a character the sanitizer then removes, never decoded twice', () => {
	expect(decodeEntities('&amp;#27;')).toBe('&#27;');
});
