import chalk from 'chalk';
import {afterAll, beforeAll} from 'vitest';

/**
Colour on for the tests of the enclosing describe block, for tests whose point is a style such as a search highlight.
The suite runs with FORCE_COLOR=0, which drops every style, inverse included; Ink styles with this same chalk.
*/
export function inColour(level: 1 | 2 | 3 = 1): void {
	let before = chalk.level;
	beforeAll(() => {
		before = chalk.level;
		chalk.level = level;
	});
	afterAll(() => {
		chalk.level = before;
	});
}
