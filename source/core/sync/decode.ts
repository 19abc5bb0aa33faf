/** Byte-order marks and the encoding each one announces; a BOM outranks every label (WHATWG Encoding). */
const boms: ReadonlyArray<readonly [bytes: readonly number[], label: string]> = [
	[[0xEF, 0xBB, 0xBF], 'utf-8'],
	[[0xFE, 0xFF], 'utf-16be'],
	[[0xFF, 0xFE], 'utf-16le'],
];

function bomLabel(bytes: Uint8Array): string | undefined {
	return boms.find(([bom]) => bom.every((byte, index) => bytes[index] === byte))?.[1];
}

/** The `charset=` parameter of a Content-Type header. */
export function headerCharset(contentType: string | undefined): string | undefined {
	const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
	return match?.[1];
}

/** The encoding named in the document itself: `<?xml … encoding="…"?>` or an HTML `<meta charset>`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	// Declarations are ASCII and come first; latin1 maps bytes one to one, so nothing shifts.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]
		?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
	try {
		return label === undefined ? undefined : new TextDecoder(label.trim().toLowerCase());
	} catch {
		// An unknown label (a typo in the header): the next source of truth decides.
		return undefined;
	}
}

/**
Decode a response body by its BOM, else the header's charset, else the document's own declaration, else UTF-8.
`Response.text()` would decode as UTF-8 whatever the server says.
*/
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
	const decoder = decoderFor(bomLabel(bytes)) ?? decoderFor(headerCharset(contentType)) ?? decoderFor(declaredCharset(bytes)) ?? new TextDecoder('utf-8');
	return decoder.decode(bytes);
}

/** A body that is a web page rather than a feed (an XHTML page may start with an XML declaration too). */
export function looksLikeHtml(text: string): boolean {
	const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
	const afterDeclaration = start.replace(/^<\?xml[^>]*>\s*/, '');
	if (/^(?:<!doctype html|<html[\s>])/.test(afterDeclaration)) {
		return true;
	}

	return !/^(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:rdf|\{|\[)/.test(start) && /<(?:head|body)[\s>]/.test(start);
}
