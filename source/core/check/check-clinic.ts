import {validateClinicFields} from '../content/clinic-schema.js';
import {findKeyLine, tryParseYaml} from '../content/front-matter.js';
import type {LineProblem} from './check-post.js';

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
	return validateClinicFields(parsed.data).problems.map(({key, severity, message}) => ({
		line: key === undefined ? 1 : findKeyLine(lines, key) ?? 1,
		severity,
		message,
	}));
}
