/**
What a block of rendered lines is, which decides how it may be broken across pages.
*/
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'other';

/**
Rendered lines that belong together, and the blank lines that separate them from the block before (0 inside a tight list).
*/
export type Block = {
	readonly kind: BlockKind;
	readonly lines: readonly string[];
	readonly gap: number;
};

/**
Blocks back to lines: each block's gap becomes blank lines, except before the first.
*/
export function flattenBlocks(blocks: readonly Block[]): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		if (lines.length > 0) {
			lines.push(...Array.from({length: block.gap}, () => ''));
		}

		// One at a time: a block can have more lines than a call takes arguments.
		for (const line of block.lines) {
			lines.push(line);
		}
	}

	return lines;
}
