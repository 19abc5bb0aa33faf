import {readFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {root} from './cli.js';

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
export type Recorded = {readonly path: string; readonly headers: http.IncomingHttpHeaders};

export type FeedServer = {
	/** An address on this server: http://127.0.0.1:<port><path>. */
	readonly url: (path: string) => string;
	/** Every request, in order. */
	readonly requests: Recorded[];
	/** Serve `path` with `handler` (overrides the fixtures) until the returned function is called. */
	readonly route: (path: string, handler: Handler) => () => void;
	readonly close: () => Promise<void>;
};

export const fixturesDirectory = path.join(root, 'test', 'fixtures', 'feeds');

export function fixture(name: string): Buffer {
	return readFileSync(path.join(fixturesDirectory, name));
}

function typeOf(name: string): string {
	return name.endsWith('.html') ? 'text/html; charset=utf-8' : (name.endsWith('.json') ? 'application/feed+json' : 'application/rss+xml');
}

/** A fixture with an ETag and a Last-Modified, answering 304 when the client sends either back unchanged. */
export function serveFixture(name: string, headers: http.OutgoingHttpHeaders = {}): Handler {
	const etag = `W/"${name}-1"`;
	const lastModified = 'Tue, 01 Dec 2026 09:00:00 GMT';
	return (request, response) => {
		if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
			response.writeHead(304, {etag, 'last-modified': lastModified});
			response.end();
			return;
		}

		response.writeHead(200, {'content-type': typeOf(name), etag, 'last-modified': lastModified, ...headers});
		response.end(fixture(name));
	};
}

function redirect(status: number, location: string): Handler {
	return (_request, response) => {
		response.writeHead(status, {location});
		response.end();
	};
}

/** The faults a real website shows, each on its own path. */
function faults(): Record<string, Handler> {
	let bomb: Buffer | undefined;
	return {
		'/moved': redirect(301, '/feeds/rss-full.xml'),
		'/moved-twice': redirect(308, '/moved'),
		'/temporary': redirect(302, '/feeds/rss-full.xml'),
		'/loop': redirect(302, '/loop'),
		'/to-file': redirect(302, 'file:///etc/passwd'),
		'/busy'(_request, response) {
			response.writeHead(429, {'retry-after': '120'});
			response.end('slow down');
		},
		'/unavailable'(_request, response) {
			response.writeHead(503, {'retry-after': 'Wed, 02 Dec 2026 12:00:00 GMT'});
			response.end();
		},
		'/broken'(_request, response) {
			response.writeHead(500, 'Internal Server Error');
			response.end('oops');
		},
		'/missing'(_request, response) {
			response.writeHead(404, 'Not Found');
			response.end();
		},
		'/hang'() {
			// Never answers.
		},
		'/drip'(_request, response) {
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
			const timer = setInterval(() => response.write(' '), 50);
			response.on('close', () => {
				clearInterval(timer);
			});
		},
		'/gzip-bomb'(_request, response) {
			// 16 MiB of spaces after the XML start, 16 KiB on the wire.
			bomb ??= gzipSync(Buffer.concat([Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>'), Buffer.alloc(16 * 1024 * 1024, 0x20)]));
			response.writeHead(200, {'content-type': 'application/rss+xml', 'content-encoding': 'gzip'});
			response.end(bomb);
		},
		'/huge'(_request, response) {
			response.writeHead(200, {'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024)});
			response.write('<rss>');
		},
		'/latin1-header'(_request, response) {
			response.writeHead(200, {'content-type': 'application/rss+xml; charset=ISO-8859-1'});
			response.end(fixture('latin1.xml'));
		},
		'/empty'(_request, response) {
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.end();
		},
	};
}

/** A port on 127.0.0.1 where nothing listens (it was just closed). */
export async function closedPort(): Promise<number> {
	const server = http.createServer();
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => {
		server.close(resolve);
	});
	return port;
}

/** A real HTTP server on 127.0.0.1 serving test/fixtures/feeds/ under /feeds/ and the faults above. */
export async function startFeedServer(): Promise<FeedServer> {
	const routes = new Map(Object.entries(faults()));
	const requests: Recorded[] = [];
	const sockets = new Set<import('node:net').Socket>();
	const server = http.createServer((request, response) => {
		const requestPath = (request.url ?? '/').split('?')[0]!;
		requests.push({path: requestPath, headers: request.headers});
		const handler = routes.get(requestPath)
			?? (requestPath.startsWith('/feeds/') ? serveFixture(requestPath.slice('/feeds/'.length)) : undefined);
		try {
			if (handler) {
				handler(request, response);
				return;
			}
		} catch {
			// A fixture that does not exist: 404 below.
		}

		response.writeHead(404);
		response.end();
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: requestPath => `http://127.0.0.1:${port}${requestPath}`,
		requests,
		route(requestPath, handler) {
			routes.set(requestPath, handler);
			return () => {
				routes.delete(requestPath);
			};
		},
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
