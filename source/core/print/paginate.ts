import type {Block} from '../render/blocks.js';

/** Lines of a page that are not text: the header and footer, each with a blank line beside the text. */
export const frameLines = 4;

/** The shortest page that still holds its header, its footer and three lines of text. */
export const minPageLength = frameLines + 3;

/** Lines `start` to `end` (exclusive) of block number `block`, as placed on one page. */
export type Piece = {readonly block: number; readonly start: number; readonly end: number};

// A paragraph is split only if at least this many of its lines go on each page: no widows, no orphans.
const minSplit = 2;

// Text lines that must follow a heading on its page.
const linesAfterHeading = 2;

function isHeading(block: Block): boolean {
	return block.kind === 'heading' || block.kind === 'title';
}

/** Paragraphs of four lines or more may be split; anything else only when it is taller than a page. */
function isSplittable(block: Block, height: number): boolean {
	return block.lines.length > height || (block.kind === 'paragraph' && block.lines.length >= 2 * minSplit);
}

/**
Page lines, gaps included, that blocks from `index` on need to show `need` text lines, as the paginator places them.
A loop, not recursion (8,000 headings in a row overflowed the stack), and it stops once past `height`: the caller
only compares the answer with the room left on a page, so a run of headings costs a page's worth, not its length.
*/
function leadLines(blocks: readonly Block[], index: number, need: number, height: number): number {
	let total = 0;
	let wanted = need;
	for (let next = index; wanted > 0 && next < blocks.length && total <= height; next++) {
		const block = blocks[next]!;
		const size = block.lines.length;
		if (isHeading(block)) {
			total += block.gap + size;
			wanted = linesAfterHeading;
			continue;
		}

		const shown = isSplittable(block, height) ? Math.min(size, Math.max(wanted, minSplit)) : size;
		total += block.gap + shown;
		wanted = shown < wanted ? wanted - shown : 0;
	}

	return total;
}

/**
Break blocks into pages of at most `height` text lines. A heading stays with its underline and the next two lines,
a paragraph is split only with two or more lines on each side, and a list item, quote, code block or table is moved
whole to the next page when it fits on one. Blank lines at a break are dropped.
*/
export function paginate(blocks: readonly Block[], height: number): Piece[][] {
	const pages: Piece[][] = [];
	let page: Piece[] = [];
	let used = 0;
	const place = (piece: Piece, gap: number) => {
		page.push(piece);
		used += gap + piece.end - piece.start;
	};

	const turn = () => {
		pages.push(page);
		page = [];
		used = 0;
	};

	for (const [index, block] of blocks.entries()) {
		const size = block.lines.length;
		let start = 0;
		while (start < size) {
			const gap = used > 0 && start === 0 ? block.gap : 0;
			const room = height - used - gap;
			const rest = size - start;
			const last = page.at(-1);
			const afterHeading = last !== undefined && isHeading(blocks[last.block]!) && last.end === blocks[last.block]!.lines.length;
			const needed = isHeading(block) ? rest + leadLines(blocks, index + 1, linesAfterHeading, height) : rest;
			if (needed <= room || (rest <= room && used === 0)) {
				place({block: index, start, end: size}, gap);
				break;
			}

			// A heading with no room below it, or an unsplittable block that would fit on a fresh page, starts one.
			if (used > 0 && (isHeading(block) || (!isSplittable(block, height) && !afterHeading))) {
				turn();
				continue;
			}

			// Leave enough for the next page, and take enough to keep here; a heading's next line may stand alone.
			const take = Math.min(room, rest - minSplit);
			if (take >= (afterHeading ? 1 : minSplit) || used === 0) {
				const end = start + Math.max(1, used === 0 ? Math.min(room, Math.max(take, minSplit)) : take);
				place({block: index, start, end}, gap);
				start = end;
			}

			turn();
		}
	}

	if (page.length > 0) {
		pages.push(page);
	}

	return pages;
}

/** A page's text lines: its pieces with the blank lines between blocks, and none at its top or bottom. */
export function pageLines(blocks: readonly Block[], pieces: readonly Piece[]): string[] {
	const lines: string[] = [];
	for (const {block, start, end} of pieces) {
		const {gap, lines: blockLines} = blocks[block]!;
		if (lines.length > 0 && start === 0) {
			lines.push(...Array.from({length: gap}, () => ''));
		}

		lines.push(...blockLines.slice(start, end));
	}

	const first = lines.findIndex(line => line !== '');
	const last = lines.findLastIndex(line => line !== '');
	return first === -1 ? [] : lines.slice(first, last + 1);
}
