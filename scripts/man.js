// Writes clinic-read.1 from the flag table (source/args/man.ts); test/args/man.test.ts checks the file is current.
import {readFile, writeFile} from 'node:fs/promises';
import {build} from 'esbuild';

const {outputFiles} = await build({entryPoints: ['source/args/man.ts'], bundle: true, format: 'esm', platform: 'node', write: false});
const {renderManPage} = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const {version, description} = JSON.parse(await readFile('package.json', 'utf8'));
await writeFile('clinic-read.1', renderManPage(version, description));
console.log('wrote clinic-read.1');
