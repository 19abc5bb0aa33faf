import type {Block} from '../render/blocks.js';
import type {Clinic} from '../content/clinic.js';

const digits = (text: string) => text.replaceAll(/\D/g, '');

/**
A post's closing call to action ("Questions? Call … or press c in clinic-read"): its last paragraph when it gives the
clinic's phone number or talks about the app. On paper the contact block says it once, without app instructions.
*/
export function isClosingCall(block: Block | undefined, clinic: Clinic): boolean {
	if (block?.kind !== 'paragraph') {
		return false;
	}

	const text = block.lines.join(' ');
	const phone = digits(clinic.phone);
	return (phone.length >= 7 && digits(text).includes(phone)) || /\bclinic-read\b/.test(text);
}

/**
The closing blocks glued to the last lines of the text before them, as one block the paginator moves whole, so no
page ever holds the contact block and disclaimer alone: the last two lines of a long paragraph come along, or the
whole of a short block.
*/
export function glueClosing(blocks: readonly Block[], closingStart: number): Block[] {
	const last = blocks[closingStart - 1];
	if (last === undefined || last.kind === 'title' || last.kind === 'heading') {
		return [...blocks];
	}

	const split = last.kind === 'paragraph' && last.lines.length >= 4;
	const kept = split ? [{...last, lines: last.lines.slice(0, -2)}] : [];
	const carried = split ? last.lines.slice(-2) : last.lines;
	const closing = blocks.slice(closingStart).flatMap(block => [...Array.from({length: block.gap}, () => ''), ...block.lines]);
	return [
		...blocks.slice(0, closingStart - 1),
		...kept,
		{kind: 'other', lines: [...carried, ...closing], gap: split ? 0 : last.gap},
	];
}
