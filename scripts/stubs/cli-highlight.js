// Build-time stand-in for cli-highlight (highlight.js, 2 MB): clinic-read renders code blocks itself
// (source/core/markdown-terminal.ts overrides marked-terminal's `code`), so marked-terminal never highlights.
export function highlight(code) {
	return code;
}
