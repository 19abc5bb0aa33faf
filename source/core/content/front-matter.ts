import yaml from 'js-yaml';
import {assertYamlExpansion, assertYamlSource} from './yaml-limits.js';
import {sanitizeLine} from '../text/sanitize.js';

const frontMatterPattern = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Split `---` front matter from the body; CRLF and a BOM are accepted. */
export function splitFrontMatter(text: string): {readonly frontMatter: string; readonly body: string} | undefined {
	const normalized = text.replace(/^\uFEFF/, '').replaceAll(/\r\n?/g, '\n');
	const match = frontMatterPattern.exec(normalized);
	if (!match) {
		return undefined;
	}

	return {frontMatter: match[1] ?? '', body: normalized.slice(match[0].length)};
}

/** YAML as clinic-read reads it: dates stay strings (the CORE schema has no timestamp type). */
export function parseYaml(source: string): unknown {
	// Size and aliases capped (yaml-limits.ts): a 467-byte alias bomb must not take the catalogue down.
	assertYamlSource(source);
	const data = yaml.load(source, {schema: yaml.CORE_SCHEMA});
	assertYamlExpansion(data);
	return data;
}

export type YamlResult = {readonly data: unknown} | {readonly problem: string; readonly line: number};

/**
Parse YAML without throwing: the data, or why not and on which line of `source` (1-based).
An unclosed quote is reported past the end, so the line is kept within the text.
*/
export function tryParseYaml(source: string): YamlResult {
	try {
		return {data: parseYaml(source)};
	} catch (error) {
		const {reason, mark} = error as yaml.YAMLException;
		const lastLine = Math.max(1, source.split('\n').findLastIndex(line => line.trim() !== '') + 1);
		return {problem: sanitizeLine(reason ?? String(error)), line: mark ? Math.min(mark.line + 1, lastLine) : 1};
	}
}

export function isMapping(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** The 1-based line of `key:` among YAML lines (optionally quoted, at the given indent), or undefined. */
export function findKeyLine(lines: readonly string[], key: string, indent = ''): number | undefined {
	const pattern = new RegExp(`^${indent}(["']?)${escapeRegExp(key)}\\1[ \\t]*:`);
	const index = lines.findIndex(line => pattern.test(line));
	return index === -1 ? undefined : index + 1;
}
