import {type Rgb, xterm256} from '../../source/core/theme/palette.js';

/** A stretch of visible text and the colours it is drawn in; undefined is the terminal's own foreground or background. */
export type StyledRun = {
	readonly text: string;
	readonly foreground?: Rgb;
	readonly background?: Rgb;
	readonly inverse: boolean;
	readonly dim: boolean;
	readonly italic: boolean;
	/** The SGR parameters that set a colour (30–37, 38;…, 90–97 and their backgrounds), as written. */
	readonly colourCodes: readonly string[];
};

type Pen = {foreground?: Rgb; background?: Rgb; inverse: boolean; dim: boolean; italic: boolean; colourCodes: string[]};

const fresh = (): Pen => ({inverse: false, dim: false, italic: false, colourCodes: []});

function extended(parameters: number[], at: number): {colour?: Rgb; used: number} {
	if (parameters[at + 1] === 5) {
		return {colour: xterm256(parameters[at + 2] ?? 0), used: 3};
	}

	if (parameters[at + 1] === 2) {
		return {colour: [parameters[at + 2] ?? 0, parameters[at + 3] ?? 0, parameters[at + 4] ?? 0], used: 5};
	}

	return {used: 1};
}

function apply(pen: Pen, sequence: string): Pen {
	const parameters = sequence === '' ? [0] : sequence.split(';').map(Number);
	const next: Pen = {...pen, colourCodes: [...pen.colourCodes]};
	for (let index = 0; index < parameters.length; index++) {
		const code = parameters[index]!;
		if (code === 0) {
			Object.assign(next, fresh());
		} else if (code === 7) {
			next.inverse = true;
		} else if (code === 27) {
			next.inverse = false;
		} else if (code === 2) {
			next.dim = true;
		} else if (code === 22) {
			next.dim = false;
		} else if (code === 3) {
			next.italic = true;
		} else if (code === 23) {
			next.italic = false;
		} else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
			next.foreground = xterm256(code >= 90 ? code - 90 + 8 : code - 30);
			next.colourCodes.push(String(code));
		} else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
			next.background = xterm256(code >= 100 ? code - 100 + 8 : code - 40);
			next.colourCodes.push(String(code));
		} else if (code === 38 || code === 48) {
			const {colour, used} = extended(parameters, index);
			next.colourCodes.push(parameters.slice(index, index + used).join(';'));
			if (code === 38) {
				next.foreground = colour;
			} else {
				next.background = colour;
			}

			index += used - 1;
		} else if (code === 39) {
			delete next.foreground;
		} else if (code === 49) {
			delete next.background;
		}
	}

	return next;
}

/** Every run of non-blank text in `output` with the SGR state it is drawn in. Other escapes (OSC 8) are skipped. */
export function styledRuns(output: string): StyledRun[] {
	const runs: StyledRun[] = [];
	let pen = fresh();
	let text = '';
	const flush = () => {
		if (text.trim() !== '') {
			runs.push({...pen, text});
		}

		text = '';
	};

	const pattern = /\u001B\[([\d;]*)m|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B\[[\d;?]*[A-Za-z]|([^\u001B]+)/g;
	for (const match of output.matchAll(pattern)) {
		if (match[2] !== undefined) {
			text += match[2];
		} else if (match[1] !== undefined) {
			flush();
			pen = apply(pen, match[1]);
		}
	}

	flush();
	return runs;
}
