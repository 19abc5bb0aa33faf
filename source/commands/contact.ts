import {formatContactCard} from '../core/content/clinic.js';
import {type Command, clinicOf, write} from '../io/context.js';

export const contact: Command = async context => {
	const clinic = clinicOf(context);
	await write(context.stdout, context.options.json ? `${JSON.stringify(clinic, undefined, 2)}\n` : `${formatContactCard(clinic)}\n`);
	return 0;
};
