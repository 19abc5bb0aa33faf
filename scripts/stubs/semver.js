// Build-time stand-in for semver: conf imports it only to run migrations, and clinic-read gives conf none. The real
// one builds some forty regular expressions when loaded (~10 ms of the reader's start, before its first frame).
// Reaching it is a bug in the build, so it says so.
const refuse = () => {
	throw new Error('clinic-read is built without semver (scripts/stubs): conf was given migrations');
};

export default {eq: refuse, clean: refuse, satisfies: refuse, lte: refuse, gt: refuse};
