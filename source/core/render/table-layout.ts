import {displayWidth} from '../text/width.js';
import {largest, wrapLines} from '../text/wrap.js';

export type Align = 'left' | 'right' | 'center' | null;

export type TableCells = {
	/** Cell text, styles allowed; a `\n` is a line break inside the cell. */
	readonly header: readonly string[];
	readonly rows: ReadonlyArray<readonly string[]>;
	readonly align: readonly Align[];
};

export type TableStyle = {
	/** Between two cells of a row, e.g. " │ " or " | ". */
	readonly separator: string;
	/** The rule under the header: one cell's worth of `line`, joined by `cross`. */
	readonly line: string;
	readonly cross: string;
	readonly head?: (text: string) => string;
	/** Style of the separators and the rule (the grid, not the text). */
	readonly border?: (text: string) => string;
};

// Narrower than this, a column of words is unreadable: the record layout reads better.
const narrowestColumn = 6;

function pad(text: string, width: number, align: Align): string {
	const room = Math.max(0, width - displayWidth(text));
	if (align === 'right') {
		return ' '.repeat(room) + text;
	}

	if (align === 'center') {
		return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(Math.ceil(room / 2));
	}

	return text + ' '.repeat(room);
}

/** Share `room` among columns wanting `natural` widths: narrow columns get all they want, wide ones split the rest. */
function shareWidths(natural: readonly number[], room: number): number[] {
	const widths = natural.map(() => 0);
	let open = natural.map((_, index) => index);
	let left = room;
	while (open.length > 0) {
		const share = Math.floor(left / open.length);
		const satisfied = open.filter(index => natural[index]! <= share);
		if (satisfied.length === 0) {
			for (const [position, index] of open.entries()) {
				widths[index] = share + (position < left - (share * open.length) ? 1 : 0);
			}

			break;
		}

		for (const index of satisfied) {
			widths[index] = natural[index]!;
			left -= natural[index]!;
		}

		open = open.filter(index => !satisfied.includes(index));
	}

	return widths;
}

/**
A table as lines no wider than `width`, columns aligned as the Markdown asks (`:--`, `--:`, `:-:`); cells too long
for their share wrap inside the column. Undefined when even wrapped columns cannot fit: use the record layout.
*/
export function gridLines({header, rows, align}: TableCells, width: number, style: TableStyle): string[] | undefined {
	const columns = header.length;
	const room = width - (displayWidth(style.separator) * (columns - 1));
	if (room < columns * narrowestColumn / 2) {
		return undefined;
	}

	const cellLines = (text: string) => text.split('\n');
	const natural = header.map((_, index) => largest([header, ...rows].flatMap(row => cellLines(row[index] ?? '').map(line => displayWidth(line)))));

	// A column narrower than its longest word (up to 12 columns) breaks words apart: records read better then.
	const longestWord = header.map((_, index) => largest([header, ...rows].flatMap(row => (row[index] ?? '').split(/\s+/).map(word => displayWidth(word)))));
	const widths = shareWidths(natural, room);
	if (widths.some((columnWidth, index) => columnWidth < Math.min(natural[index]!, Math.max(narrowestColumn, Math.min(longestWord[index]!, 12))))) {
		return undefined;
	}

	const border = style.border ?? ((text: string) => text);
	const separator = border(style.separator);
	const render = (cells: readonly string[], head: boolean): string[] => {
		const wrapped = widths.map((columnWidth, index) => cellLines(cells[index] ?? '').flatMap(line => wrapLines(line, columnWidth)));
		const height = Math.max(...wrapped.map(lines => lines.length));
		return Array.from({length: height}, (_, row) => widths
			.map((columnWidth, index) => {
				const text = pad(wrapped[index]![row] ?? '', columnWidth, align[index] ?? null);
				return head && style.head ? style.head(text) : text;
			})
			.join(separator)
			.trimEnd());
	};

	const rule = border(widths.map(columnWidth => style.line.repeat(columnWidth)).join(style.cross));
	const body = rows.map(row => render(row, false));
	// When a row takes several lines, a rule between rows shows where each ends.
	const separated = body.some(lines => lines.length > 1);
	return [...render(header, true), rule, ...body.flatMap((lines, index) => (separated && index > 0 ? [rule, ...lines] : lines))];
}

/** The record layout: one "Header: value" paragraph per cell, rows a blank line apart. */
export function recordLines({header, rows}: TableCells, width: number, head: (text: string) => string = text => text): string[] {
	return rows.flatMap((row, rowIndex) => [
		...(rowIndex > 0 ? [''] : []),
		...row.flatMap((cell, index) => wrapLines(`${head(`${header[index] ?? ''}:`)} ${cell.replaceAll('\n', ' ')}`, width)),
	]);
}

/** A table that fits: the grid when it can, else the records. */
export function tableLines(cells: TableCells, width: number, style: TableStyle): string[] {
	return gridLines(cells, width, style) ?? recordLines(cells, width, style.head);
}
