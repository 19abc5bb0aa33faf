/** The rules for single values that posts, clinic.yml, notices and synced posts share: dates and web addresses. */

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const digits = (text: string, from: number, to: number) => Number(text.slice(from, to));

/**
A real calendar date in ISO form, such as 2026-01-25 (not 2026-02-30). Years before 100 are refused, as Date.UTC
(which this once used) read them as 19xx. Arithmetic, not a Date: a cold catalogue checks 50,000 of them.
*/
export function isIsoDate(value: string): boolean {
	if (!isoDate.test(value)) {
		return false;
	}

	const year = digits(value, 0, 4);
	const month = digits(value, 5, 7);
	const day = digits(value, 8, 10);
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = month === 2 ? (leap ? 29 : 28) : (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
	return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The ISO date one day after `date`: a post may be dated at most that far ahead of today. */
export function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
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
