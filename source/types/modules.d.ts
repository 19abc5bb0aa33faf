declare module '@mixmark-io/domino' {
	/** The HTML parser turndown uses in Node; a standards DOM Document. */
	export function createDocument(html?: string, force?: boolean): Document;
}

declare module '@joplin/turndown-plugin-gfm' {
	import type TurndownService from 'turndown';

	/** Tables, strikethrough and task lists. */
	export const gfm: TurndownService.Plugin;
}
