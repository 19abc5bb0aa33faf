import {describe, expect, test} from 'vitest';
import {decodeBody, declaredCharset, headerCharset, looksLikeHtml} from '../../../source/core/sync/decode.js';

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

describe('looksLikeHtml', () => {
	test('a page is told from a feed', () => {
		expect(looksLikeHtml('\uFEFF  <!DOCTYPE html><html>')).toBe(true);
		expect(looksLikeHtml('<head><title>x</title></head>')).toBe(true);
		expect(looksLikeHtml('<?xml version="1.0"?><rss><channel><title>x</title>')).toBe(false);
		expect(looksLikeHtml('<rss version="2.0"><channel><title>x</title>')).toBe(false);
		expect(looksLikeHtml('<?xml version="1.0"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
		expect(looksLikeHtml('{"version": "https://jsonfeed.org/version/1.1"}')).toBe(false);
	});
});
