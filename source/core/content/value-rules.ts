/** The rules for single values that posts, clinic.yml, notices and synced posts share: dates and web addresses. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form, such as 2026-01-25 (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
	const match = isoDate.exec(value);
	if (!match) {
		return false;
	}

	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const day = 24 * 60 * 60 * 1000;

/** The ISO date one day after `date`: a post may be dated at most that far ahead of today. */
export function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + day).toISOString().slice(0, 10);
}

/** A web address people can open: http or https, with a host. */
export function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && url.hostname !== '' && /^https?:\/\//i.test(value);
	} catch {
		return false;
	}
}
