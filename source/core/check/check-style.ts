import {displayWidth} from '../text/width.js';
import {skeleton} from '../content/new-post.js';
import {sanitizeLine} from '../text/sanitize.js';
import {largest} from '../text/wrap.js';
import {type BodyProblem, type Node, walkBody} from './check-links.js';

/** Wider than this, a table fits neither an 80-column terminal nor a handout. */
export const widestTable = 80;

const placeholders = skeleton.filter(line => line !== '' && !line.startsWith('#'));

function cellText(cell: Node): string {
	return sanitizeLine(cell.text ?? '');
}

/** A table's width as drawn: each column as wide as its widest cell, with a border and padding around each. */
function tableWidth(table: Node): number {
	const header = typeof table.header === 'object' ? table.header : [];
	const rows = [header, ...(table.rows ?? [])];
	const columns = largest(rows.map(row => row.length));
	const widths = Array.from({length: columns}, (_, column) => largest(rows.map(row => displayWidth(row[column] ? cellText(row[column]) : ''))));
	return widths.reduce((sum, width) => sum + width, 0) + (3 * columns) + 1;
}

/**
What reads badly though it is not wrong: the skeleton `new` wrote still in place, raw HTML (the reader shows it as
text), and tables too wide for a terminal or a page. Warnings, each with its body line.
*/
export function styleWarnings(markdown: string): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const lines = markdown.split('\n');
	const left = lines.findIndex(line => placeholders.includes(line.trim()));
	if (left !== -1) {
		problems.push({line: left + 1, message: 'still has the skeleton text that "clinic-read new" wrote; replace it with the post'});
	}

	walkBody(markdown, (node, line) => {
		if (node.type === 'html' && (node.raw ?? node.text ?? '').trim() !== '') {
			const tag = /<\/?[a-z][^>\s]*/i.exec(node.raw ?? node.text ?? '')?.[0] ?? 'HTML';
			problems.push({line, message: `raw HTML (${sanitizeLine(tag)}>) is shown as plain text; write it in Markdown`});
		} else if (node.type === 'table') {
			const width = tableWidth(node);
			if (width > widestTable) {
				problems.push({line, message: `table is ${width} columns wide, more than ${widestTable}: it cannot fit a terminal or a handout; shorten its cells or split it`});
			}
		}
	});
	return problems;
}
