import yaml from 'js-yaml';

/** Front matter and clinic.yml are a screenful of fields; 64 KB is far beyond either. */
export const maxYamlBytes = 64 * 1024;
/** Values (maps, lists, scalars) once aliases are expanded; real files have a few dozen. */
export const maxYamlValues = 10_000;
/** Characters in all strings once aliases are expanded. */
export const maxYamlCharacters = 256 * 1024;

/**
Refuse YAML that is too long, or that aliases (`*name`) expand past the caps. js-yaml shares an aliased value rather
than copying it, so parsing a 467-byte "billion laughs" is cheap, but everything that walks the result afterwards
(validation, the index, a warning quoting it) is exponential. The walk stops as soon as a cap is passed.
*/
export function assertYamlSource(source: string): void {
	if (source.length > maxYamlBytes) {
		throw new yaml.YAMLException(`longer than ${maxYamlBytes / 1024} KB`);
	}
}

export function assertYamlExpansion(data: unknown): void {
	const tooLarge = () => new yaml.YAMLException('too large once its aliases (*name) are expanded; write the values out instead');
	// Values are counted as they are queued, so the queue never outgrows the cap.
	let values = 1;
	let characters = 0;
	const stack: unknown[] = [data];
	while (stack.length > 0) {
		const value = stack.pop();
		if (typeof value === 'string') {
			characters += value.length;
		} else if (typeof value === 'object' && value !== null) {
			const keys = Object.keys(value);
			values += keys.length;
			if (values > maxYamlValues) {
				throw tooLarge();
			}

			for (const key of keys) {
				characters += key.length;
				stack.push((value as Record<string, unknown>)[key]);
			}
		}

		if (characters > maxYamlCharacters) {
			throw tooLarge();
		}
	}
}
