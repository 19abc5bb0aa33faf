/** Deeper quotes and lists than this are flattened: marked recurses per level, and 10,000 `>` overflow its stack. */
export const maxNesting = 16;
/** More emphasis delimiters than this in one paragraph are taken literally: marked's emphasis matching is quadratic. */
export const maxDelimiters = 200;

const deepQuote = new RegExp(`^((?:[ \\t]*>){${maxNesting}})(?:[ \\t]*>)+`, 'gm');
// Two columns a level, the smallest list indent, so a deeper item becomes a sibling at the deepest level kept.
const deepIndent = new RegExp(`^[ \\t]{${maxNesting * 2},}(?=(?:[-*+]|\\d{1,9}[.)])[ \\t])`, 'gm');
const delimiter = /[*_]/g;

function escapeDelimiters(paragraph: string): string {
	return (paragraph.match(delimiter)?.length ?? 0) > maxDelimiters ? paragraph.replaceAll(delimiter, '\\$&') : paragraph;
}

/** Cap the nesting of quotes and lists at maxNesting levels. */
export function limitNesting(markdown: string): string {
	return markdown.replaceAll(deepQuote, '$1').replaceAll(deepIndent, ' '.repeat(maxNesting * 2));
}

/**
Bound what marked has to do, so any Markdown renders in bounded time and stack: nesting is capped, and
pathological runs of emphasis markers (100,000 `*`) become literal text.
*/
export function limitMarkdown(markdown: string): string {
	return limitNesting(markdown)
		.split(/(\n[ \t]*\n)/)
		.map(part => escapeDelimiters(part))
		.join('');
}
