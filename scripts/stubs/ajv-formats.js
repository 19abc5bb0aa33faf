// Build-time stand-in for ajv-formats; see ajv/dist/2020.js beside it.
export default function addFormats() {}
