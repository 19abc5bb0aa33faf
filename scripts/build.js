// Bundles source/ into dist/: one entry (bin.js) and a chunk per lazily imported command, with React's production
// build, so a piped `read` never loads Ink, React or marked-terminal, and nothing resolves thousands of files at start.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

// meow normalizes package.json only when asked for cli.pkg (never, here), but its bundle builds the normalizer, and
// with it spdx-correct's sorted licence tables, at import: on every start. Built on first use instead, same code.
const eagerNormalizer = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);';
const lazyPackageNormalizer = {
	name: 'lazy-package-normalizer',
	setup(build) {
		build.onLoad({filter: /meow[/\\]build[/\\]dependencies\.js$/}, async ({path}) => {
			const text = await readFile(path, 'utf8');
			if (!text.includes(eagerNormalizer)) {
				throw new Error(`${path}: meow's bundle changed; update lazyPackageNormalizer in scripts/build.js`);
			}

			return {contents: text.replace(eagerNormalizer, 'const normalizePackageData = data => getDefaultExportFromCjs(requireNormalize())(data);'), loader: 'js'};
		});
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
		// Shows the cursor again on the terminal, not on stderr (see the stub).
		'restore-cursor': './scripts/stubs/restore-cursor.js',
	},
	// Bundled CommonJS (highlight.js, cli-table3, …) needs require() in an ES module.
	plugins: [lazyPackageNormalizer],
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
