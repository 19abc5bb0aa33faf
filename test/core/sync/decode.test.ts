import {describe, expect, test} from 'vitest';
import {decodeBody, declaredCharset, headerCharset} from '../../../source/core/sync/decode.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeBody', () => {
	test('by the header charset', () => {
		expect(decodeBody(latin1('<rss>café</rss>'), 'application/rss+xml; charset="ISO-8859-1"')).toBe('<rss>café</rss>');
	});

	test('by the XML declaration when the header names none', () => {
		expect(decodeBody(latin1('<?xml version="1.0" encoding="iso-8859-1"?><rss>naïve</rss>'), 'text/xml')).toBe('<?xml version="1.0" encoding="iso-8859-1"?><rss>naïve</rss>');
	});

	test('by an HTML meta charset', () => {
		expect(decodeBody(latin1('<html><head><meta charset="windows-1252"></head>señor</html>'))).toContain('señor');
	});

	test('a BOM outranks the labels, and is removed', () => {
		const utf16 = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('<rss>é</rss>', 'utf16le')]);
		expect(decodeBody(utf16, 'text/xml; charset=iso-8859-1')).toBe('<rss>é</rss>');
		expect(decodeBody(Buffer.from('\uFEFF<rss>é</rss>'), 'text/xml; charset=iso-8859-1')).toBe('<rss>é</rss>');
	});

	test('UTF-8 by default, and when a label is unknown', () => {
		expect(decodeBody(Buffer.from('<rss>é</rss>'))).toBe('<rss>é</rss>');
		expect(decodeBody(Buffer.from('<rss>é</rss>'), 'text/xml; charset=klingon')).toBe('<rss>é</rss>');
	});

	test('the labels as found', () => {
		expect(headerCharset('text/html;charset=UTF-8')).toBe('UTF-8');
		expect(headerCharset('text/html')).toBeUndefined();
		expect(declaredCharset(latin1('  <?xml version="1.0" encoding=\'latin1\'?>'))).toBe('latin1');
	});
});
