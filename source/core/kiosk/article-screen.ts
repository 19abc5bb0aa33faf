import stripAnsi from 'strip-ansi';
import {type BigFont, bigTitle} from './big-title.js';
import {formatByline} from '../render/byline.js';
import type {Post} from '../content/post.js';
import {dwellMilliseconds, type RotationSettings, wordsOn} from './rotation.js';
import {type ScreenRange, screenRanges} from './screen-blocks.js';
import {truncateToWidth, wrapLines} from '../text/wrap.js';
import type {KioskLayout} from './layout.js';

/** A post drawn for one width, before paging: reused for every screenful of it. */
export type DrawnArticle = {
	readonly post: Post;
	readonly styled: readonly string[];
	readonly plain: readonly string[];
	readonly title: readonly string[];
	readonly big: boolean;
	readonly byline: string;
	readonly bodyHeight: number;
	/** Where each screenful starts and ends, broken as the print paginator breaks pages. */
	readonly screens: readonly ScreenRange[];
	/** The line that ends the last screenful when the post had more screens than a kiosk shows. */
	readonly cutNote?: string;
};

export type Screenful = {
	readonly lines: readonly string[];
	readonly page: number;
	readonly pageCount: number;
	readonly dwellMs: number;
};

/**
A kiosk is glanced at: past this many screenfuls a post is cut, so a huge or hostile one (a 2,000-column table is
2,000 lines) cannot hold the screen for hours. The bundled posts take 8 at the smallest kiosk, 80×24.
*/
export const maxScreens = 30;
const cutNote = '… the rest of this post is too long for this screen';

/** Fewer body rows than this and a big title gives way to a bold one. */
const minBodyRows = 8;
const maxTitleLines = 3;

function boldTitle(title: string, width: number, maxLines: number): string[] {
	const lines = wrapLines(title, width);
	if (lines.length <= maxLines) {
		return lines;
	}

	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${wrapLines(kept[maxLines - 1]!, width - 1)[0]!}…`;
	return kept;
}

/** Draw a post for the layout: its title (big letters when there is room), byline, body lines and page breaks. */
export function drawArticle(post: Post, layout: KioskLayout, renderBody: (post: Post, width: number) => readonly string[], fonts: readonly BigFont[]): DrawnArticle {
	const styled = renderBody(post, layout.measure);
	const plain = styled.map(line => stripAnsi(line));
	// Middle rows: a gap, the title, the byline, a gap, then the body.
	const bodyRows = (titleRows: number) => layout.middle - 1 - titleRows - 1 - 1;
	const big = bigTitle(post.title, layout.titleWidth, layout.titleBudget, fonts);
	const title = big && bodyRows(big.length) >= minBodyRows ? big : boldTitle(post.title, layout.titleWidth, Math.max(1, Math.min(maxTitleLines, layout.titleBudget)));
	const bodyHeight = Math.max(1, bodyRows(title.length));
	const screens = screenRanges(plain, post.body, bodyHeight);
	const drawn = {post, styled, plain, title, big: title === big, byline: formatByline(post), bodyHeight, screens: screens.slice(0, maxScreens)};
	return screens.length > maxScreens ? {...drawn, cutNote: truncateToWidth(cutNote, layout.measure)} : drawn;
}

/** One page of a drawn article, with how long to hold it: its words (and the title's, on the first) at the set pace. */
export function screenful(article: DrawnArticle, page: number, settings: RotationSettings): Screenful {
	const index = Math.min(Math.max(0, page), article.screens.length - 1);
	const {start, end: fullEnd} = article.screens[index]!;
	const cut = index === article.screens.length - 1 ? article.cutNote : undefined;
	// The note takes the last row when the screenful is full.
	const end = cut === undefined ? fullEnd : Math.min(fullEnd, start + article.bodyHeight - 1);
	const titleWords = index === 0 ? wordsOn([article.post.title]) : 0;
	return {
		lines: cut === undefined ? article.styled.slice(start, end) : [...article.styled.slice(start, end), cut],
		page: index,
		pageCount: article.screens.length,
		dwellMs: dwellMilliseconds(wordsOn(article.plain.slice(start, end)) + titleWords, settings),
	};
}
