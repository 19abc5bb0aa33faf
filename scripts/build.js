// Bundles source/ into dist/: one entry (bin.js) and a chunk per lazily imported command, with React's production
// build, so a piped `read` never loads Ink, React or marked-terminal, and nothing resolves thousands of files at start.
import {rm} from 'node:fs/promises';
import {build} from 'esbuild';

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/bin.ts'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minifySyntax: true,
	legalComments: 'linked',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	// open ships its own xdg-open beside its code; react-devtools-core is Ink's optional development hook.
	external: ['open', 'react-devtools-core'],
	// Bundled CommonJS (highlight.js, cli-table3, …) needs require() in an ES module.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
