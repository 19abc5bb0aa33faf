// The changes the bundle makes to libraries, as esbuild's onLoad: what each fixes is said beside it.
import {realpathSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const keptFrame = await readFile(new URL('ink-kept-frame.js', import.meta.url), 'utf8');

// Each patch names the library text it replaces, found exactly once, so an upgrade that changes that text fails the
// build instead of silently undoing the patch.
export const libraryPatches = [
	// meow normalizes package.json only when asked for cli.pkg (never, here), but its bundle builds the normalizer, and
	// with it spdx-correct's sorted licence tables, at import: on every start. Built on first use instead, same code.
	{
		file: 'node_modules/meow/build/dependencies.js',
		from: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		to: 'const normalizePackageData = data => getDefaultExportFromCjs(requireNormalize())(data);',
	},
	// clinic-read gives meow its package facts (cli.ts), so meow's finder and normalizer of package.json (read-package-up,
	// parse-json, normalize-package-data with semver, hosted-git-info and spdx) never run; without these two calls the
	// bundle leaves them out: 90 KiB less to parse at every start.
	{
		file: 'node_modules/meow/build/options.js',
		from: `const foundPackage = options.pkg ?? readPackageUpSync({
		cwd: path.dirname(fileURLToPath(options.importMeta.url)),
		normalize: false,
	})?.packageJson;`,
		to: 'const foundPackage = options.pkg;',
	},
	{file: 'node_modules/meow/build/options.js', from: '\t\t\tnormalizePackageData(pkg);\n', to: ''},
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
	// Ink 6 builds every frame from nothing: each line of text is cut into styled characters (ansi-tokenize, grapheme
	// by grapheme), laid on a grid of fresh cells, and every row joined back into a string, a style diff per character.
	// That was more than half of the reader's CPU per key press, and most of its garbage, though a key changes two or
	// three rows. The same line gives the same characters, so they are kept from frame to frame (bounded), as are the
	// lines a clipping box cuts; blank cells are one frozen object; a row made of the very same cells as the last
	// frame's row at that height is the same string; and two neighbours of the same style need no style diff.
	// What is drawn does not change, byte for byte (./ink-kept-frame.js).
	{
		file: 'node_modules/ink/build/output.js',
		from: "import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
		to: "import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';",
	},
	{file: 'node_modules/ink/build/output.js', from: '                            return sliceAnsi(line, from, to);', to: '                            return keptSlice(line, from, to);'},
	{file: 'node_modules/ink/build/output.js', from: 'export default class Output {', to: `${keptFrame}export default class Output {`},
	{file: 'node_modules/ink/build/output.js', from: '    caches = new OutputCaches();', to: '    caches = frameCaches();'},
	{
		file: 'node_modules/ink/build/output.js',
		from: `                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
		to: '                row.push(blankCell);',
	},
	{
		file: 'node_modules/ink/build/output.js',
		from: `            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
		to: '            .map((line, y) => rowToString(line.filter(item => item !== undefined), y))',
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
	// Ink's layout engine (yoga) decodes its 96 KB of base64 WebAssembly with atob and a charCodeAt loop before every
	// reader's first frame (5.5 ms on Node 20); Buffer decodes the same bytes natively (0.3 ms).
	{
		file: 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
		from: 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
		to: 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
	},
];

const escapeRegExp = text => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
export const checkedPatches = {
	name: 'checked-patches',
	setup(build) {
		const files = [...new Set(libraryPatches.map(patch => patch.file))];
		const patched = new Set();
		for (const file of files) {
			// esbuild loads a library by its real path: node_modules may be a link (a git worktree sharing one).
			build.onLoad({filter: new RegExp(`^${escapeRegExp(realpathSync(path.resolve(file)))}$`)}, async ({path: filePath}) => {
				let text = await readFile(filePath, 'utf8');
				for (const {from, to} of libraryPatches.filter(patch => patch.file === file)) {
					if (text.split(from).length !== 2) {
						throw new Error(`${file}: the library changed; update its patch in scripts/patches/library-patches.js`);
					}

					// A function, so that "$'" and "$&" in the new text are not read as replacement patterns.
					text = text.replace(from, () => to);
				}

				patched.add(file);
				return {contents: text, loader: 'js'};
			});
		}

		// A patch whose file the bundle never loaded did nothing: that is an error too, never a silent slow build.
		build.onEnd(result => {
			const missed = files.filter(file => !patched.has(file));
			if (missed.length > 0 && result.errors.length === 0) {
				result.errors.push({text: `library patches not applied (file not loaded): ${missed.join(', ')}`});
			}
		});
	},
};
