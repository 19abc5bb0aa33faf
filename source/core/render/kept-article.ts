/**
A rendered article kept between runs, so that a repeated `read SLUG | cat` or `read --no-pager` loads neither marked
nor the renderer. The key names everything the text depends on (see io/kept-articles.ts); the warnings that came
with it (a broken clinic.yml) are kept too, so a run from the cache says the same as the run that made it.
*/
export type KeptArticle = {readonly text: string; readonly warnings: readonly string[]};

type Entry = KeptArticle & {readonly key: string};

export function keptArticleKey(parts: Readonly<Record<string, unknown>>): string {
	return JSON.stringify(parts);
}

export function formatArticleEntry(key: string, article: KeptArticle): string {
	return JSON.stringify({key, text: article.text, warnings: article.warnings} satisfies Entry);
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(item => typeof item === 'string');

/** The article in `entry` when it was made for `key`; an old, foreign or broken entry is a miss, never an error. */
export function readArticleEntry(entry: string, key: string): KeptArticle | undefined {
	let parsed: Partial<Record<keyof Entry, unknown>>;
	try {
		parsed = JSON.parse(entry) as typeof parsed;
	} catch {
		return undefined;
	}

	const {key: made, text, warnings} = parsed ?? {};
	return made === key && typeof text === 'string' && isStringArray(warnings) ? {text, warnings} : undefined;
}
