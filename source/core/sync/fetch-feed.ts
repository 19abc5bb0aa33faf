import {sanitizeLine} from '../text/sanitize.js';
import {FetchError} from './errors.js';
import {parseRetryAfter} from './schedule.js';

/** The validators of the last response, stored exactly as received (normalising them breaks conditional requests). */
export type Validators = {readonly etag?: string; readonly lastModified?: string};

export type FetchOptions = {
	readonly fetch: typeof globalThis.fetch;
	readonly userAgent: string;
	readonly now: () => Date;
	readonly validators?: Validators;
	/** For the whole request: redirects, headers and body. */
	readonly timeoutMs?: number;
	/** After decompression. */
	readonly maxBytes?: number;
	readonly maxRedirects?: number;
};

export type Fetched = Validators & {
	/** Where the answer came from, after redirects. */
	readonly url: string;
	/** Set when every redirect on the way was permanent (301/308): the address to keep from now on. */
	readonly movedTo?: string;
	readonly status: 200 | 304;
	readonly statusText: string;
	readonly contentType?: string;
	/** Empty for a 304. */
	readonly body: Uint8Array;
};

export const defaultLimits = {timeoutMs: 30_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5} as const;
const accept = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.1';

function causeOf(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	return sanitizeLine(cause?.code ?? cause?.message ?? (error as Error).message ?? String(error));
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		throw new FetchError(`${url}: the answer is ${Math.ceil(declared / 1024 / 1024)} MB, more than the ${maxBytes / 1024 / 1024} MB a feed may be; check the address`);
	}

	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = response.body?.getReader();
	// Counted as it arrives, after decompression: a gzip bomb stops at the cap, not in memory.
	for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
		total += chunk.value.byteLength;
		if (total > maxBytes) {
			await reader?.cancel().catch(() => undefined);
			throw new FetchError(`${url}: the answer is larger than the ${maxBytes / 1024 / 1024} MB a feed may be; check the address`);
		}

		chunks.push(chunk.value);
	}

	return Buffer.concat(chunks);
}

function fail(url: string, response: Response, now: Date): never {
	const status = `${response.status}${response.statusText ? ` ${sanitizeLine(response.statusText)}` : ''}`;
	const retryAfter = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after'), now) : undefined;
	const advice = retryAfter ? `the server asks to wait until ${retryAfter.toISOString()}`
		: (response.status >= 500 ? 'the website has a problem; try again later' : 'check the address (clinic.yml feed: or the URL you gave)');
	throw new FetchError(`${url}: the server answered ${status}; ${advice}`, {retryAfter, status: response.status});
}

/**
GET a feed politely: a User-Agent, the stored validators, redirects followed by hand (to count them and spot permanent
moves), one timeout for everything, and a cap on the body. Anything but a 200 with a body or a 304 throws a FetchError.
*/
export async function fetchFeed(address: string, options: FetchOptions): Promise<Fetched> {
	const {timeoutMs, maxBytes, maxRedirects} = {...defaultLimits, ...options};
	const signal = AbortSignal.timeout(timeoutMs);
	const headers: Record<string, string> = {'user-agent': options.userAgent, accept};
	if (options.validators?.etag !== undefined) {
		headers['if-none-match'] = options.validators.etag;
	}

	if (options.validators?.lastModified !== undefined) {
		headers['if-modified-since'] = options.validators.lastModified;
	}

	let url = address;
	let permanent = true;
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await options.fetch(url, {headers, redirect: 'manual', signal});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== null) {
				await response.body?.cancel().catch(() => undefined);
				const next = new URL(location, url);
				if (redirects >= maxRedirects || !/^https?:$/.test(next.protocol)) {
					throw new FetchError(`${address}: ${redirects >= maxRedirects ? `more than ${maxRedirects} redirects` : `redirected to a ${sanitizeLine(next.protocol)} address`}; check the address`);
				}

				permanent &&= response.status === 301 || response.status === 308;
				url = next.href;
				continue;
			}

			if (response.status !== 200 && response.status !== 304) {
				await response.body?.cancel().catch(() => undefined);
				fail(url, response, options.now());
			}

			const etag = response.headers.get('etag') ?? undefined;
			const lastModified = response.headers.get('last-modified') ?? undefined;
			const contentType = response.headers.get('content-type') ?? undefined;
			const body = response.status === 304 ? new Uint8Array() : await readCapped(response, url, maxBytes);
			return {
				url,
				...(permanent && url !== address ? {movedTo: url} : {}),
				status: response.status,
				statusText: response.status === 200 ? 'OK' : 'Not Modified',
				...(etag === undefined ? {} : {etag}),
				...(lastModified === undefined ? {} : {lastModified}),
				...(contentType === undefined ? {} : {contentType}),
				body,
			};
		}
	} catch (error) {
		if (error instanceof FetchError) {
			throw error;
		}

		if (signal.aborted) {
			throw new FetchError(`${url}: no complete answer within ${timeoutMs / 1000} s; the website may be down, try again later`);
		}

		throw new FetchError(`cannot reach ${url} (${causeOf(error)}); check the address and the network`);
	}
}
