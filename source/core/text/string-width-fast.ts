import {stripVTControlCharacters} from 'node:util';
import stringWidth, {type Options} from 'string-width';

/**
The characters a terminal always draws one column wide and that never join a neighbour into one cluster: printable
ASCII, Latin-1 and Latin Extended (no soft hyphen), punctuation such as · — … and quotes, arrows, box drawing, the
geometric shapes (● ◆, not the emoji ◽ ◾) and the dingbat arrows (❯). test/core/text/string-width-fast.test.ts
checks every one of them against string-width.
*/
const narrowOnly = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\u25FF\u2758-\u2794]*$/;

/**
string-width itself, with a fast path for text made only of those characters (the reader's lines: ● ❯ · and a title):
no grapheme segmenter, no emoji regex. Every `string-width` import in the bundle gets this one (scripts/build.js):
Ink's, wrap-ansi's and cli-truncate's, which measure every line of every frame, and width.ts's own.
*/
export default function fastStringWidth(input: string, options: Options = {}): number {
	if (typeof input !== 'string' || options.ambiguousIsNarrow === false) {
		return stringWidth(input, options);
	}

	// wrap-ansi measures its words with countAnsiEscapeCodes: an escape is then not narrow-only, and goes to string-width.
	const keepsEscapes = options.countAnsiEscapeCodes === true;
	const text = !keepsEscapes && (input.includes('\u001B') || input.includes('\u009B')) ? stripVTControlCharacters(input) : input;
	return narrowOnly.test(text) ? text.length : stringWidth(text, options);
}
