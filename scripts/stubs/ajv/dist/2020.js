// Build-time stand-in for ajv: conf only compiles a JSON schema when given one, and clinic-read gives none
// (source/core/marks/read-marks.ts checks the file's shape itself). Saves a schema compiler on every start.
export class Ajv2020 {
	constructor() {
		throw new Error('clinic-read is built without JSON schema support in conf');
	}
}
