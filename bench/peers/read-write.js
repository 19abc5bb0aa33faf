// The floor of `read SLUG | cat`: Node starts, reads the post and writes it out, nothing else.
import {readFileSync} from 'node:fs';

process.stdout.write(readFileSync(process.argv[2]));
