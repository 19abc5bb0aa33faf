// Build-time stand-in for ajv-formats; see ajv/dist/2020.js beside it. Reaching it is a bug in the build, so it says so.
export default function addFormats() {
	throw new Error('clinic-read is built without ajv-formats (scripts/stubs): conf was given a schema');
}
