// Bundles source/ into dist/: one entry (bin.js) and a chunk per lazily imported command, with React's production
// build, so a piped `read` never loads Ink, React or marked-terminal, and nothing resolves thousands of files at start.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
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

// Ink 6 draws a frame as tall as the terminal without its trailing newline (so the screen does not scroll), but then
// (1) clears the screen and the scrollback (ESC[3J) before every later frame, and (2) puts the terminal's cursor one
// row too low, as if the newline were there. The reader and the kiosk draw exactly the terminal's height and never
// more, so (1) only ever does harm: it is dropped; and (2) is measured from the last row, where the cursor really is.
// Ink 7 reworked both (vadimdemedes/ink#994); Ink 7 needs Node 22.
const inkPatches = [
	{file: /ink[/\\]build[/\\]ink\.js$/, from: 'if (this.lastOutputHeight >= this.options.stdout.rows) {', to: 'if (false) {'},
	{file: /ink[/\\]build[/\\]log-update\.js$/, from: "const visibleLineCount = (lines, str) => str.endsWith('\\n') ? lines.length - 1 : lines.length;", to: 'const visibleLineCount = lines => lines.length - 1;'},
];
const fullHeightInk = {
	name: 'full-height-ink',
	setup(build) {
		for (const {file, from, to} of inkPatches) {
			build.onLoad({filter: file}, async ({path}) => {
				const text = await readFile(path, 'utf8');
				if (!text.includes(from)) {
					throw new Error(`${path}: Ink changed; update inkPatches in scripts/build.js`);
				}

				return {contents: text.replace(from, to), loader: 'js'};
			});
		}
	},
};

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
		// Shows the cursor again on the terminal, not on stderr (see the stub).
		'restore-cursor': './scripts/stubs/restore-cursor.js',
	},
	// Bundled CommonJS (highlight.js, cli-table3, …) needs require() in an ES module.
	plugins: [lazyPackageNormalizer, fullHeightInk, fastStringWidth],
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
