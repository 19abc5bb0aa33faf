import {isMapping} from './front-matter.js';
import {isWebAddress} from './value-rules.js';
import {sanitizeLine} from '../text/sanitize.js';

/** Only on posts written by `sync` (a post without it was written by hand): where the post came from. */
export type PostSource = {readonly id: string; readonly url?: string; readonly fetched?: string};

/** `source:` as sync writes it (the feed item's id, and optionally its address and fetch time), or what is wrong with it. */
export function validateSource(value: unknown): PostSource | string {
	const {id, url, fetched} = isMapping(value) ? value : {};
	if (typeof id !== 'string' || sanitizeLine(id) === '') {
		return '"source" must be a mapping with the feed item\'s "id" (written by clinic-read sync)';
	}

	if (fetched !== undefined && (typeof fetched !== 'string' || Number.isNaN(Date.parse(fetched)))) {
		return '"source.fetched" must be a time, such as 2026-12-01T10:00:00.000Z';
	}

	if (url !== undefined && (typeof url !== 'string' || !isWebAddress(url.trim()))) {
		return '"source.url" must be a web address starting with https:// or http://';
	}

	return {id: sanitizeLine(id), ...(typeof url === 'string' ? {url: sanitizeLine(url)} : {}), ...(typeof fetched === 'string' ? {fetched} : {})};
}
