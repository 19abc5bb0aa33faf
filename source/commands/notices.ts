import {activeNotices, type Notice} from '../core/notices/notices.js';
import {defaultTimeZone} from '../core/content/zoned-time.js';
import {usageError} from '../core/errors.js';
import {type Command, clinicOf, loadAllNotices, write} from '../io/context.js';

/** "Urgent: Parking lot closed today", then the body indented under it. */
export function formatNotice(notice: Notice): string {
	const head = `${notice.priority === 'urgent' ? 'Urgent' : 'Notice'}: ${notice.title}`;
	return [head, ...notice.body.split('\n').map(line => (line === '' ? '' : `  ${line}`))].join('\n').trimEnd();
}

/** `notices [--json]`: the notices showing now, urgent first. */
export const notices: Command = async context => {
	if (context.args.length > 0) {
		throw usageError('notices takes no arguments; notices are the files in <content>/notices/');
	}

	const clinic = clinicOf(context);
	const active = activeNotices(loadAllNotices(context), Date.now(), clinic.timezone ?? defaultTimeZone);
	if (context.options.json) {
		const items = active.map(({slug, title, priority, from, until, body}) => ({slug, title, priority, from, until, body}));
		await write(context.stdout, `${JSON.stringify(items, undefined, 2)}\n`);
	} else if (active.length > 0) {
		await write(context.stdout, `${active.map(notice => formatNotice(notice)).join('\n\n')}\n`);
	}

	return 0;
};
