import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import {usageError} from '../core/errors.js';
import {type Command, type Context, write} from '../io/context.js';
import {openEditor} from '../io/editor.js';
import {loadSettings, settingsFileOf} from '../io/settings.js';

const actions = ['path', 'show', 'edit'] as const;

async function show(context: Context, file: string): Promise<string> {
	if (!existsSync(file)) {
		return `# No settings file at ${file}; every setting is its default ("clinic-read config edit" makes one).\n`;
	}

	// Read again here, so what is shown is what the file holds, its warnings on stderr.
	const {settings} = await loadSettings(context.env, context.stderr);
	if (context.options.json) {
		return `${JSON.stringify(settings, undefined, 2)}\n`;
	}

	const body = Object.keys(settings).length > 0 ? stringify(settings) : '# (nothing set)\n';
	return `# ${file}\n${body}`;
}

/** `config path|show|edit`: where the settings file is, what it sets, or open it in $EDITOR (made first, commented). */
export const config: Command = async context => {
	const [action, ...extra] = context.args;
	if (action === undefined || extra.length > 0 || !actions.includes(action as typeof actions[number])) {
		throw usageError(`config needs one of ${actions.join(', ')}, such as: clinic-read config path`);
	}

	const file = settingsFileOf(context.env);
	if (action === 'path') {
		await write(context.stdout, `${file}\n`);
	} else if (action === 'show') {
		await write(context.stdout, await show(context, file));
	} else {
		if (!existsSync(file)) {
			const {settingsTemplate} = await import('../core/settings/settings-template.js');
			mkdirSync(path.dirname(file), {recursive: true});
			writeFileSync(file, settingsTemplate(), {flag: 'wx'});
		}

		openEditor(context, file);
		// Say at once what the editor left wrong, rather than at the next run.
		await loadSettings(context.env, context.stderr);
	}

	return 0;
};
