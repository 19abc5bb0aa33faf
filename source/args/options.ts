import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {usageError} from '../core/errors.js';
import {wholeNumber} from './whole-number.js';
import type {FlagValues} from './flags.js';
import {minPageLength} from '../core/print/paginate.js';
import type {Settings} from '../core/settings/settings.js';
import {isThemeChoice, type ThemeChoice, themeNames} from '../core/theme/themes.js';

/** Environment variables clinic-read reads; passed in, so this module stays pure. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The flags as parsed: each one undefined unless given. */
export type Flags = FlagValues;

export type Options = {
	readonly contentDirectory: string;
	readonly configDirectory?: string;
	/** Only when given: the plain default is 80, the terminal's own width otherwise. */
	readonly width?: number;
	/** $COLUMNS, when it is a usable width: after --width, before the terminal's own width or 80. */
	readonly columns?: number;
	/** Mark the post read even though it is only printed (read --mark). */
	readonly mark: boolean;
	readonly plain: boolean;
	readonly pager: boolean;
	readonly color?: boolean;
	readonly json: boolean;
	readonly unread: boolean;
	readonly all: boolean;
	/** list, read: the posts outside their show_from/show_until window too. */
	readonly allDates?: boolean;
	/** print: lines a page, only when given. */
	readonly pageLength?: number;
	/** print: false with --no-contact. */
	readonly contact: boolean;
	/** print: only ASCII, with --ascii or when the locale is not UTF-8. */
	readonly ascii: boolean;
	/** config.yml's settings, for what a command reads itself (the kiosk's defaults, the feed). */
	readonly settings: Settings;
	/** --theme, CLINIC_READ_THEME or config.yml's theme, only when given: NO_COLOR and the command decide otherwise. */
	readonly theme?: ThemeChoice;
	/** Large print: a narrower measure and page, no italic. */
	readonly large: boolean;
	/** Line by line, for screen readers: no full screen, nothing redrawn. */
	readonly screenReader: boolean;
};

/** The settings file and what it holds (empty when there is none). */
export type SettingsSource = {readonly file: string; readonly settings: Settings; readonly home: string};

/** The posts that ship with clinic-read: content/ in the package root, found from source/, dist/ or dist/chunks/. */
export const bundledContent = findPackageContent(path.dirname(fileURLToPath(import.meta.url)));

function findPackageContent(directory: string): string {
	const candidates = [1, 2, 3].map(levels => path.resolve(directory, ...Array.from({length: levels}, () => '..'), 'content'));
	return candidates.find(candidate => existsSync(path.join(candidate, 'clinic.yml'))) ?? candidates[0]!;
}

export const plainWidth = 80;
const widthLimits = {min: 20, max: 1000} as const;
const pageLengthLimits = {min: minPageLength, max: 1000, why: '(a header, a footer and three lines of text)'} as const;

/** A whole number of columns within limits, or a usage error naming the flag. */
export function parseWidth(value: string): number {
	return wholeNumber('width', value, widthLimits);
}

/** Lines a printed page, enough for its header, footer and three lines of text, or a usage error. */
export function parsePageLength(value: string): number {
	return wholeNumber('page-length', value, pageLengthLimits);
}

/** $COLUMNS as a width; a value that is not one (empty, 0, text) is ignored, as shells leave it in odd states. */
function columnsOf(env: Environment): {columns?: number} {
	const value = env['COLUMNS']?.trim() ?? '';
	const columns = Number(value);
	return /^\d+$/.test(value) && columns >= widthLimits.min && columns <= widthLimits.max ? {columns} : {};
}

/** The locale's character set, as the C library picks it: LC_ALL, then LC_CTYPE, then LANG. */
export function isUtf8Locale(env: Environment): boolean {
	const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
	return /utf-?8/i.test(locale);
}

/** A folder named in config.yml: ~/ is the home folder, and a relative path is relative to the file's folder. */
function settingsPath(value: string, {file, home}: SettingsSource): string {
	return value.startsWith('~/') ? path.join(home, value.slice(2)) : path.resolve(path.dirname(file), value);
}

/** A theme name, or a usage error listing them. */
export function parseTheme(value: string, source: string): ThemeChoice {
	if (!isThemeChoice(value)) {
		throw usageError(`${source} must be one of auto, ${themeNames.join(', ')}, not "${value}"`);
	}

	return value;
}

/** CLINIC_READ_SCREEN_READER: 1 turns it on, 0 off (over the settings file); unset or empty says nothing. */
function screenReaderOf(env: Environment): boolean | undefined {
	const value = env['CLINIC_READ_SCREEN_READER']?.trim();
	return value === '1' ? true : (value === '0' ? false : undefined);
}

/** Flags win over the environment, which wins over the settings file, which wins over the defaults. */
export function resolveOptions(flags: Flags, env: Environment, source: SettingsSource = {file: '', settings: {}, home: ''}): Options {
	const {settings} = source;
	const given = flags.content ?? env['CLINIC_READ_CONTENT'];
	if (given === '') {
		throw usageError('--content needs a folder, such as --content ./content');
	}

	const content = given === undefined && settings.content !== undefined ? settingsPath(settings.content, source) : given;

	const configDirectory = env['CLINIC_READ_CONFIG_DIR'] || undefined;
	const theme = flags.theme === undefined ? (env['CLINIC_READ_THEME'] ? parseTheme(env['CLINIC_READ_THEME'], 'CLINIC_READ_THEME') : settings.theme) : parseTheme(flags.theme, '--theme');
	return {
		contentDirectory: content ? path.resolve(content) : bundledContent,
		...(configDirectory ? {configDirectory: path.resolve(configDirectory)} : {}),
		...columnsOf(env),
		...(flags.width === undefined ? (settings.width === undefined ? {} : {width: settings.width}) : {width: parseWidth(flags.width)}),
		...(flags.pageLength === undefined ? {} : {pageLength: parsePageLength(flags.pageLength)}),
		...(flags.color === undefined ? {} : {color: flags.color}),
		plain: flags.plain ?? false,
		mark: flags.mark ?? false,
		pager: flags.pager ?? true,
		json: flags.json ?? false,
		unread: flags.unread ?? false,
		all: flags.all ?? false,
		...(flags.allDates ? {allDates: true} : {}),
		contact: flags.contact ?? true,
		ascii: flags.ascii ?? !isUtf8Locale(env),
		settings,
		...(theme ? {theme} : {}),
		large: flags.large ?? settings.large ?? false,
		screenReader: flags.screenReader ?? screenReaderOf(env) ?? settings.screenReader ?? false,
	};
}

/**
The escape-code level for formatted output. NO_COLOR is not here: it forbids colour, not bold or reverse, so it picks the
mono theme instead (io/terminal-theme.ts). An explicit --no-color means no escape codes at all.
*/
export function colorLevel(env: Environment, isTTY: boolean, explicitColor?: boolean): 0 | 1 | 2 | 3 {
	if (explicitColor === false) {
		return 0;
	}

	const force = env['FORCE_COLOR'];
	const forced = force === undefined || force === '' ? undefined : ({'0': 0, false: 0, '1': 1, true: 1, '2': 2, '3': 3} as const)[force];
	if (explicitColor) {
		return forced && forced > 0 ? forced : 2;
	}

	if (env['TERM'] === 'dumb' || forced === 0 || !isTTY) {
		return 0;
	}

	if (forced !== undefined) {
		return forced;
	}

	return env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit' ? 3 : (env['TERM']?.includes('256') ? 2 : 1);
}
