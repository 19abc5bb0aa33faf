import {validateClinicFields} from '../content/clinic-schema.js';
import {findKeyLine, tryParseYaml} from '../content/front-matter.js';
import type {LineProblem} from './check-post.js';
import {qrProblem} from '../kiosk/qr.js';

/** The line of an hours problem: the day's key under `hours:`, the closure's `-` under `closures:`, else the key's. */
function hoursLine(lines: readonly string[], at: string): number {
	const [key, part] = at.split('.') as [string, string | undefined];
	const start = findKeyLine(lines, key) ?? 1;
	if (part === undefined) {
		return start;
	}

	const below = lines.slice(start);
	// 1-based within `below`, 0 when not found.
	const index = key === 'hours'
		? findKeyLine(below, part, '[ \\t]+') ?? 0
		: (below.map((line, row) => ({line, row})).filter(({line}) => /^\s*-/.test(line))[Number(part)]?.row ?? -1) + 1;
	return index === 0 ? start : start + index;
}

/**
Check clinic.yml by the content rules (content/clinic-schema.ts), each problem on the line of its key.
*/
export function checkClinic(text: string): LineProblem[] {
	const source = text.replace(/^\uFEFF/, '').replaceAll(/\r\n?/g, '\n');
	const parsed = tryParseYaml(source);
	if ('problem' in parsed) {
		return [{line: parsed.line, severity: 'error', message: `broken YAML: ${parsed.problem}`}];
	}

	const lines = source.split('\n');
	const {value, problems} = validateClinicFields(parsed.data);
	const noCode = value ? qrProblem(value) : undefined;
	const all = noCode ? [...problems, {key: value?.bookingUrl ? 'bookingUrl' : 'website', at: undefined, severity: 'warning' as const, message: noCode}] : problems;
	return all.map(({key, at, severity, message}) => ({
		line: at === undefined ? (key === undefined ? 1 : findKeyLine(lines, key) ?? 1) : hoursLine(lines, at),
		severity,
		message,
	}));
}
