// Bundles source/ into dist/: one entry (bin.js) and a chunk per lazily imported command, with React's production
// build, so a piped `read` never loads Ink, React or marked-terminal, and nothing resolves thousands of files at start.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';

// Each patch names the library text it replaces, so an upgrade that changes that text fails the build instead of
// silently undoing the patch.
const patches = [
	// meow normalizes package.json only when asked for cli.pkg (never, here), but its bundle builds the normalizer, and
	// with it spdx-correct's sorted licence tables, at import: on every start. Built on first use instead, same code.
	{
		file: 'node_modules/meow/build/dependencies.js',
		from: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		to: 'const normalizePackageData = data => getDefaultExportFromCjs(requireNormalize())(data);',
	},
	// Ink 6 draws a frame as tall as the terminal without its trailing newline (so the screen does not scroll), but
	// then (1) clears the screen and the scrollback (ESC[3J) before every later frame, and (2) puts the terminal's
	// cursor one row too low, as if the newline were there. The reader and the kiosk draw exactly the terminal's height
	// and never more, so (1) only ever does harm: it is dropped; and (2) is measured from the last row, where the
	// cursor really is. Ink 7 reworked both (vadimdemedes/ink#994); Ink 7 needs Node 22.
	{file: 'node_modules/ink/build/ink.js', from: 'if (this.lastOutputHeight >= this.options.stdout.rows) {', to: 'if (false) {'},
	{
		file: 'node_modules/ink/build/log-update.js',
		from: "const visibleLineCount = (lines, str) => str.endsWith('\\n') ? lines.length - 1 : lines.length;",
		to: 'const visibleLineCount = lines => lines.length - 1;',
	},
	// string-width and wrap-ansi build an Intl.Segmenter (ICU's break iterator, ~13 ms) and string-width the
	// \p{RGI_Emoji} set (~20 ms) when they are imported, on every start; the text they measure is mostly plain (both
	// skip the segmenter for ASCII, core/text/string-width-fast.ts for ● ❯ ·), so a pipe never needs them. Built on
	// first use instead, same objects.
	{
		file: 'node_modules/string-width/index.js',
		from: 'const segmenter = new Intl.Segmenter();',
		to: 'let segmenterOnce; const segmenter = {segment: text => (segmenterOnce ??= new Intl.Segmenter()).segment(text)};',
	},
	{
		file: 'node_modules/string-width/index.js',
		from: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
		to: "let rgiEmojiOnce; const rgiEmojiRegex = {test: text => (rgiEmojiOnce ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text)};",
	},
	{
		file: 'node_modules/wrap-ansi/index.js',
		from: 'const segmenter = new Intl.Segmenter();',
		to: 'let segmenterOnce; const segmenter = {segment: text => (segmenterOnce ??= new Intl.Segmenter()).segment(text)};',
	},
];

const escapeRegExp = text => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
const checkedPatches = {
	name: 'checked-patches',
	setup(build) {
		for (const file of new Set(patches.map(patch => patch.file))) {
			build.onLoad({filter: new RegExp(`^${escapeRegExp(path.resolve(file))}$`)}, async ({path: filePath}) => {
				let text = await readFile(filePath, 'utf8');
				for (const {from, to} of patches.filter(patch => patch.file === file)) {
					if (!text.includes(from)) {
						throw new Error(`${file}: the library changed; update its patch in scripts/build.js`);
					}

					// A function, so that "$'" and "$&" in the new text are not read as replacement patterns.
					text = text.replace(from, () => to);
				}

				return {contents: text, loader: 'js'};
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
	plugins: [checkedPatches, fastStringWidth],
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
