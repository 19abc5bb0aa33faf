// Preloaded (node --import) into the CLI when a test runs it: any fetch to a host but 127.0.0.1 fails at once.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
	const url = new globalThis.URL(typeof input === 'string' || input instanceof globalThis.URL ? String(input) : input.url);
	if (url.hostname !== '127.0.0.1') {
		throw new TypeError(`test fetch refused ${url.host}: tests talk only to 127.0.0.1`, {cause: {code: 'TEST_HOST_REFUSED'}});
	}

	return realFetch(input, init);
};
