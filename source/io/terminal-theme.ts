import {backgroundQuery, canQueryBackground, isQueryAnswered, parseBackgroundReply, themeForBackground, typedDuringQuery} from '../core/theme/background-query.js';
import type {Rgb} from '../core/theme/palette.js';
import {type Theme, type ThemeChoice, themes, withoutItalic} from '../core/theme/themes.js';
import type {Context, InputStream, OutputStream} from './context.js';

type RawInput = InputStream & {readonly isRaw?: boolean; setRawMode?: (mode: boolean) => unknown};

/** Long enough for a terminal over ssh; a terminal that answers DA1 ends the wait long before. */
export const queryTimeout = 250;

/**
Ask the terminal for its background colour (OSC 11, then DA1 so the wait ends as soon as it answers anything).
Undefined when it does not say, or says nothing within `timeout` ms.
*/
export async function queryBackground(stdin: RawInput, stdout: OutputStream, timeout = queryTimeout): Promise<Rgb | undefined> {
	if (typeof stdin.setRawMode !== 'function') {
		return undefined;
	}

	const wasRaw = Boolean(stdin.isRaw);
	stdin.setRawMode(true);
	return new Promise(resolve => {
		let answer = '';
		const finish = () => {
			clearTimeout(timer);
			stdin.off('data', onData);
			stdin.pause();
			stdin.setRawMode?.(wasRaw);
			// Keys typed meanwhile go back, for the reader to read: a quick Enter is not lost to the query.
			const typed = typedDuringQuery(answer);
			if (typed !== '') {
				stdin.unshift(typed);
			}

			resolve(parseBackgroundReply(answer));
		};

		const onData = (chunk: Uint8Array | string) => {
			answer += chunk.toString();
			if (isQueryAnswered(answer)) {
				finish();
			}
		};

		const timer = setTimeout(finish, timeout);
		stdin.on('data', onData);
		stdout.write(backgroundQuery);
	});
}

/**
The theme: --theme or CLINIC_READ_THEME, else mono under NO_COLOR, else `fallback`. `auto` asks the terminal, only
when one is on both ends and it is not the Linux console; a terminal that does not say gets dark.
*/
export async function resolveTheme(context: Context, fallback: ThemeChoice = 'auto'): Promise<Theme> {
	const {options, env, stdin, stdout} = context;
	const choice = options.theme ?? (env['NO_COLOR'] ? 'mono' : fallback);
	const name = choice === 'auto'
		? (canQueryBackground(env, Boolean(stdin.isTTY), Boolean(stdout.isTTY)) ? themeForBackground(await queryBackground(stdin, stdout)) : 'dark')
		: choice;
	return options.large ? withoutItalic(themes[name]) : themes[name];
}
