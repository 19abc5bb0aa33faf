// Build-time stand-in for cli-highlight (highlight.js, 2 MB): clinic-read renders code blocks itself
// (source/core/render/markdown-terminal.ts overrides marked-terminal's `code`), so marked-terminal never highlights.
// Reaching it is a bug in the build, so it says so instead of quietly printing unhighlighted code.
export function highlight() {
	throw new Error('clinic-read is built without cli-highlight (scripts/stubs): marked-terminal tried to highlight code');
}
