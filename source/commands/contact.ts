import {type Clinic, formatContactCard} from '../core/content/clinic.js';
import {weeklyHours} from '../core/content/hours.js';
import {clinicOpening} from '../core/content/opening.js';
import {defaultTimeZone, zonedIso} from '../core/content/zoned-time.js';
import {type Command, clinicOf, write} from '../io/context.js';

/** The fields for scripts: the card's, and with day-by-day hours whether it is open and when that changes. */
function contactJson(clinic: Clinic, now: number) {
	const {openingHours, ...fields} = clinic;
	const opening = clinicOpening(clinic, now);
	if (!openingHours || !opening) {
		return fields;
	}

	const timeZone = clinic.timezone ?? defaultTimeZone;
	const {state, line} = opening;
	return {
		...fields,
		openNow: state.open,
		status: line,
		...(state.closesAt === undefined ? {} : {closesAt: zonedIso(state.closesAt, timeZone)}),
		...(state.opensAt === undefined ? {} : {opensAt: zonedIso(state.opensAt, timeZone)}),
		...(state.closure ? {closedToday: state.closure.note} : {}),
		hours: weeklyHours(openingHours),
		closures: openingHours.closures,
	};
}

export const contact: Command = async context => {
	const clinic = clinicOf(context);
	const now = Date.now();
	await write(context.stdout, context.options.json ? `${JSON.stringify(contactJson(clinic, now), undefined, 2)}\n` : `${formatContactCard(clinic, clinicOpening(clinic, now)?.line)}\n`);
	return 0;
};
