// Bundles source/ into dist/: one entry (bin.js) and a chunk per lazily imported command, with React's production
// build, so a piped `read` never loads Ink, React or marked-terminal, and nothing resolves thousands of files at start.
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';
import {checkedPatches} from './patches/library-patches.js';

// Ink, wrap-ansi, cli-truncate and core/text/width.ts measure every line of every frame with string-width, whose
// grapheme segmenter runs for any line with a non-ASCII character (the reader's ● ❯ ·). All of them get the same
// function with a fast path for characters that are always one column (source/core/text/string-width-fast.ts).
const fastStringWidthFile = path.resolve('source/core/text/string-width-fast.ts');
const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, ({importer}) => (importer === fastStringWidthFile ? undefined : {path: fastStringWidthFile}));
	},
};

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/bin.ts'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Less to parse at every start; the source maps keep DEBUG=clinic-read stack traces readable.
	minify: true,
	sourcemap: 'linked',
	sourcesContent: false,
	legalComments: 'linked',
	chunkNames: 'chunks/[name]-[hash]',
	// Ink's layout engine (yoga) loads its WebAssembly through fetch() when fetch exists, and touching fetch makes
	// Node 20 load its whole HTTP client (undici, ~25 ms). Without it, yoga instantiates the same bytes directly.
	define: {'process.env.NODE_ENV': '"production"', fetch: 'undefined'},
	// react-devtools-core is Ink's optional development hook, loaded only with DEV=true.
	external: ['react-devtools-core'],
	// Code marked-terminal imports but clinic-read never runs (see the stubs): 2 MB less to parse on every start.
	alias: {
		'cli-highlight': './scripts/stubs/cli-highlight.js',
		'node-emoji': './scripts/stubs/node-emoji.js',
		ajv: './scripts/stubs/ajv',
		'ajv-formats': './scripts/stubs/ajv-formats.js',
		semver: './scripts/stubs/semver.js',
		// Shows the cursor again on the terminal, not on stderr (see the stub).
		'restore-cursor': './scripts/stubs/restore-cursor.js',
	},
	// Bundled CommonJS (highlight.js, cli-table3, …) needs require() in an ES module.
	plugins: [checkedPatches, fastStringWidth],
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
