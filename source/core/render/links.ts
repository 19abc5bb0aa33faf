const clickableScheme = /^(?:https?|mailto|tel):/i;
const printableAscii = /^[\u0021-\u007E]+$/;

/** Only web, mail and phone targets made of printable ASCII may become clickable. */
export function isClickable(href: string): boolean {
	return clickableScheme.test(href) && printableAscii.test(href);
}

/** An OSC 8 hyperlink; the caller checks isClickable first. */
export function hyperlink(label: string, href: string): string {
	return `\u001B]8;;${href}\u001B\\${label}\u001B]8;;\u001B\\`;
}

const digits = (text: string) => text.replaceAll(/\D/g, '');

/** A phone link reads as its number, never as "(tel:+1…)": on paper there is nothing to tap. */
export function phoneLink(label: string, number: string): string {
	if (label === '' || label === number) {
		return number;
	}

	return digits(label) !== '' && digits(number).endsWith(digits(label)) ? label : `${label} (${number})`;
}
