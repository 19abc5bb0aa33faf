import {parseQuietHours} from '../kiosk/quiet-hours.js';
import {themeNames} from '../theme/themes.js';
import {isMap, isScalar, LineCounter, parseDocument, type Pair} from 'yaml';

/** A key of config.yml: its type, the limits of a number, the words a choice takes, and the line `config edit` writes. */
type Key =
	| {readonly type: 'boolean'; readonly about: string}
	| {readonly type: 'string'; readonly about: string; readonly check?: (value: string) => boolean; readonly expected?: string}
	| {readonly type: 'number'; readonly min: number; readonly max: number; readonly about: string}
	| {readonly type: 'choice'; readonly choices: readonly string[]; readonly about: string};

export const settingKeys = {
	content: {type: 'string', about: 'Folder of posts and clinic.yml (like --content)'},
	width: {type: 'number', min: 20, max: 1000, about: 'Wrap at this many columns (like --width)'},
	theme: {type: 'choice', choices: ['auto', ...themeNames], about: 'Colours: auto, dark, light, high-contrast or mono (like --theme)'},
	large: {type: 'boolean', about: 'Large print (like --large)'},
	screenReader: {type: 'boolean', about: 'Screen-reader mode (like --screen-reader)'},
	feed: {type: 'string', about: 'The clinic\'s feed or blog address, for sync'},
} as const satisfies Record<string, Key>;

export const kioskKeys = {
	wpm: {type: 'number', min: 20, max: 1000, about: 'Reading pace in words a minute'},
	minSeconds: {type: 'number', min: 1, max: 3600, about: 'Hold a screenful at least this many seconds'},
	maxSeconds: {type: 'number', min: 1, max: 3600, about: 'Hold a screenful at most this many seconds'},
	order: {type: 'choice', choices: ['newest', 'shuffle'], about: 'newest or shuffle'},
	tag: {type: 'string', about: 'Only the posts with this tag'},
	qr: {type: 'boolean', about: 'Show the QR code'},
	lock: {type: 'boolean', about: 'Ignore every key'},
	statusFile: {type: 'string', about: 'Rewrite this file every minute with a JSON heartbeat'},
	quietHours: {type: 'string', about: 'A dim clock and the contact card, e.g. 20:00-07:00', check: value => parseQuietHours(value) !== undefined, expected: 'two different 24-hour times, such as 20:00-07:00'},
} as const satisfies Record<string, Key>;

type ValueOf<K extends Key> = K extends {type: 'number'} ? number : K extends {type: 'boolean'} ? boolean : K extends {type: 'choice'; choices: ReadonlyArray<infer Choice>} ? Choice : string;
type Values<Keys extends Record<string, Key>> = {-readonly [Name in keyof Keys]?: ValueOf<Keys[Name]>};

export type KioskSettings = Values<typeof kioskKeys>;
export type Settings = Values<typeof settingKeys> & {kiosk?: KioskSettings};

export type ParsedSettings = {readonly settings: Settings; readonly warnings: readonly string[]};

function describe(key: Key): string {
	switch (key.type) {
		case 'number': {
			return `a whole number from ${key.min} to ${key.max}`;
		}

		case 'choice': {
			return key.choices.length > 2 ? `one of ${key.choices.join(', ')}` : key.choices.join(' or ');
		}

		case 'boolean': {
			return 'true or false';
		}

		default: {
			return key.expected ?? 'text';
		}
	}
}

function valueOf(key: Key, value: unknown): string | number | boolean | undefined {
	switch (key.type) {
		case 'number': {
			return Number.isSafeInteger(value) && (value as number) >= key.min && (value as number) <= key.max ? value as number : undefined;
		}

		case 'choice': {
			return typeof value === 'string' && key.choices.includes(value) ? value : undefined;
		}

		case 'boolean': {
			return typeof value === 'boolean' ? value : undefined;
		}

		default: {
			return typeof value === 'string' && value.trim() !== '' && (key.check?.(value) ?? true) ? value : undefined;
		}
	}
}

/** Read one mapping against its keys; each unknown key or bad value is one warning with its line, and is left out. */
function readMap(items: readonly Pair[], keys: Record<string, Key>, where: (pair: Pair) => string, prefix: string, warnings: string[]): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const pair of items) {
		const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		const key = Object.hasOwn(keys, name) ? keys[name] : undefined;
		if (key === undefined) {
			warnings.push(`${where(pair)}: unknown key "${prefix}${name}"; the keys are ${Object.keys(keys).join(', ')}`);
			continue;
		}

		const value = valueOf(key, isScalar(pair.value) ? pair.value.value : pair.value);
		if (value === undefined) {
			warnings.push(`${where(pair)}: "${prefix}${name}" must be ${describe(key)}; using the default`);
		} else {
			values[name] = value;
		}
	}

	return values;
}

/**
Parse config.yml. A file that is not YAML is one warning and no settings; an unknown key or a bad value is one
warning each, naming the file, the line and the key, and the rest of the file still counts. Never throws.
*/
export function parseSettings(text: string, file: string): ParsedSettings {
	const lines = new LineCounter();
	const document = parseDocument(text, {lineCounter: lines, prettyErrors: false});
	const [error] = document.errors;
	if (error) {
		const line = error.linePos?.[0].line ?? 1;
		return {settings: {}, warnings: [`${file}:${line}: not valid YAML (${error.message.split('\n')[0]!}); using the defaults`]};
	}

	const root = document.contents;
	if (root === null || (isScalar(root) && root.value === null)) {
		return {settings: {}, warnings: []};
	}

	if (!isMap(root)) {
		return {settings: {}, warnings: [`${file}:1: expected "key: value" lines such as "width: 72"; using the defaults`]};
	}

	const warnings: string[] = [];
	const where = (pair: Pair) => `${file}:${lines.linePos((pair.key as {range?: [number]} | null)?.range?.[0] ?? 0).line}`;
	const kioskPair = root.items.find(pair => isScalar(pair.key) && pair.key.value === 'kiosk');
	const settings = readMap(root.items.filter(pair => pair !== kioskPair), settingKeys, where, '', warnings) as Settings;
	if (kioskPair) {
		if (isMap(kioskPair.value)) {
			settings.kiosk = readMap(kioskPair.value.items, kioskKeys, where, 'kiosk.', warnings) as KioskSettings;
		} else if (!(isScalar(kioskPair.value) && kioskPair.value.value === null)) {
			warnings.push(`${where(kioskPair)}: "kiosk" must hold keys such as "wpm: 180"; using the defaults`);
		}
	}

	return {settings, warnings};
}
