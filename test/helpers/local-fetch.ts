/** The only host a test may talk to. */
export const testHost = '127.0.0.1';

/** fetch that refuses every host but 127.0.0.1, before any connection: tests never leave the machine. */
export const localFetch: typeof globalThis.fetch = async (input, init) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	if (url.hostname !== testHost) {
		throw new TypeError(`test fetch refused ${url.host}: tests talk only to ${testHost}`);
	}

	return globalThis.fetch(input, init);
};
