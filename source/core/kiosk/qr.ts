import QRCode from 'qrcode';
import type {Clinic} from '../content/clinic.js';

/** Light modules around the code; scanners need four. */
export const quietZone = 4;

/**
What the kiosk's QR code opens: the booking page, else the website, else a call to the clinic (tel: with the
phone's digits, +1 added to a ten-digit North American number).
*/
export function qrTarget(clinic: Clinic): string {
	if (clinic.bookingUrl ?? clinic.website) {
		return (clinic.bookingUrl ?? clinic.website)!;
	}

	const digits = clinic.phone.replaceAll(/\D/g, '');
	if (digits.length === 10) {
		return `tel:+1${digits}`;
	}

	return clinic.phone.trim().startsWith('+') || (digits.length === 11 && digits.startsWith('1')) ? `tel:+${digits}` : `tel:${digits}`;
}

/** Whether `text` fits in a QR code at the kiosk's error correction (a few hundred characters of a web address). */
export function fitsQrCode(text: string): boolean {
	try {
		QRCode.create(text, {errorCorrectionLevel: 'M'});
		return true;
	} catch {
		return false;
	}
}

/** Why the kiosk shows no QR code for this clinic, if it shows none: its address is too long for one. */
export function qrProblem(clinic: Clinic): string | undefined {
	const target = qrTarget(clinic);
	const key = clinic.bookingUrl ? 'bookingUrl' : (clinic.website ? 'website' : 'phone');
	return fitsQrCode(target) ? undefined : `"${key}" is too long for a QR code (${target.length} characters); the kiosk shows none`;
}

/** The code's modules with the quiet zone around them, true for dark, row by row (error correction M). */
export function qrModules(text: string): boolean[][] {
	const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'});
	const side = modules.size + (2 * quietZone);
	return Array.from({length: side}, (_, row) => Array.from({length: side}, (_, column) => {
		const r = row - quietZone;
		const c = column - quietZone;
		return r >= 0 && c >= 0 && r < modules.size && c < modules.size && Boolean(modules.get(r, c));
	}));
}

const halfBlocks = {'00': ' ', '10': '▀', '01': '▄', '11': '█'} as const;

/** Each module `scale` times as wide and as tall, the quiet zone with them: a bigger code, not a different one. */
function scaled(modules: readonly boolean[][], scale: number): readonly boolean[][] {
	if (scale === 1) {
		return modules;
	}

	return modules.flatMap(row => {
		const wide = row.flatMap(dark => Array.from({length: scale}, () => dark));
		return Array.from({length: scale}, () => wide);
	});
}

/**
Two module rows per text row with half blocks, so a module is one column by half a row (about square): the glyph is
the dark part, so it must be drawn dark on light. An odd last row is padded with light modules.
*/
export function qrHalfBlocks(unscaled: readonly boolean[][], scale = 1): string[] {
	const modules = scaled(unscaled, scale);
	const rows: string[] = [];
	for (let row = 0; row < modules.length; row += 2) {
		const top = modules[row]!;
		const bottom = modules[row + 1];
		rows.push(top.map((dark, column) => halfBlocks[`${dark ? 1 : 0}${bottom?.[column] ? 1 : 0}`]).join(''));
	}

	return rows;
}
