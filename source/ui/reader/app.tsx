import {Box, Text, useCursor, useStdout} from 'ink';
import {useMemo, useState} from 'react';
import type {ArticleCache} from '../../core/render/article-cache.js';
import {maxMeasure} from '../../core/render/measures.js';
import type {Clinic} from '../../core/content/clinic.js';
import {findMatches} from '../../core/content/filter.js';
import type {Post} from '../../core/content/post.js';
import type {ReadStateStore} from '../../core/marks/read-marks.js';
import {clampOffset, percentShown} from '../../core/reader/viewport.js';
import {ArticleView} from './article-view.js';
import {ContactCard} from './contact-card.js';
import {FilterLine, filterCursorColumn} from './filter-line.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {KeyHints} from './key-hints.js';
import {MenuOverlay, menuRows} from './menu-overlay.js';
import {PostDetails} from './post-details.js';
import {PostList, titleColumn} from './post-list.js';
import {usePaint} from '../terminal/paint.js';
import {StatusBar} from './status-bar.js';
import {useReader} from './use-reader.js';
import {useSaveStatus} from './use-save-status.js';
import {currentPost, type Environment, type TextEntry, visiblePosts} from '../../core/reader/state.js';

export type Props = {
	readonly posts: readonly Post[];
	readonly clinic: Clinic;
	readonly store: ReadStateStore;
	readonly width: number;
	/** Rows the frame may use; keep it below the terminal's rows or Ink 6 clears the scrollback. */
	readonly height: number;
	/** Undefined while the renderer loads (just after the first frame): keys wait for it (use-reader.ts). */
	readonly articles: ArticleCache | undefined;
	readonly initialSlug?: string;
	/** The widest the text may be (`--width`); the terminal's width decides otherwise. */
	readonly measure?: number;
	readonly openUrl?: (url: string) => void;
	/** The post as it is on disk now, for `r`; undefined when it cannot be read. */
	readonly reloadPost?: (post: Post) => Post | undefined;
};

export const minimumSize = {width: 40, height: 12} as const;
const detailsHeight = 3;
// The terminal's "clear screen, cursor home": with Ink's write, the frame is then drawn again in full.
const repaint = '\u001B[2J\u001B[H';

function listHeightFor(filter: TextEntry, height: number): number {
	const filterRows = filter.editing || filter.query !== '' ? 1 : 0;
	// Header and a gap, the list, a gap, the details, the footer.
	return Math.max(1, height - 2 - filterRows - 1 - detailsHeight - 1);
}

/** The interactive reader: a list of posts and a pager, driven by one keymap. */
export function App({posts: initialPosts, clinic, store, width, height, articles, initialSlug, measure: widest, openUrl, reloadPost}: Props) {
	const [posts, setPosts] = useState(initialPosts);
	const {write} = useStdout();
	const paint = usePaint();
	// The terminal's own cursor sits on the selected post, so screen magnifiers follow the selection; hidden elsewhere.
	const {setCursorPosition} = useCursor();
	setCursorPosition(undefined);
	const measure = Math.max(1, Math.min(width - 2, widest ?? maxMeasure));
	const article = (post: Post) => {
		if (!articles) {
			throw new Error('an article was asked for before the renderer was loaded');
		}

		return articles.get(post, measure);
	};
	const articleHeight = height - 1;
	const environmentFor = (filter: TextEntry): Environment => ({
		posts,
		listHeight: listHeightFor(filter, height),
		articleHeight,
		menuHeight: menuRows(height),
		articleLines: post => article(post).plain,
		articleHeadings: post => article(post).outline().headings,
		articleLinks: post => article(post).outline().links,
	});
	const onReload = (slug: string) => {
		const post = posts.find(candidate => candidate.slug === slug);
		const fresh = post && reloadPost?.(post);
		if (fresh) {
			setPosts(posts.map(candidate => (candidate === post ? fresh : candidate)));
		}

		write(repaint);
	};

	const tooSmall = width < minimumSize.width || height < minimumSize.height;
	const saveStatus = useSaveStatus(store);
	const saveNotice = saveStatus.problem === undefined ? undefined : `Read marks not saved: ${saveStatus.problem}; retrying · ${store.directory}`;
	const state = useReader({posts, store, initialSlug, openUrl, onReload, environmentFor, inert: tooSmall, ready: articles !== undefined, onSave: saveStatus.saved});
	const unreadCount = useMemo(() => posts.filter(candidate => !state.read.has(candidate.slug)).length, [posts, state.read]);

	if (tooSmall) {
		return (
			<Box width={width} height={height} alignItems="center" justifyContent="center">
				<Text wrap="wrap">Make the terminal at least {minimumSize.width}×{minimumSize.height} to read (now {width}×{height}). q quits.</Text>
			</Box>
		);
	}

	const post = currentPost(state, posts);
	switch (state.screen) {
		case 'contact': {
			return <ContactCard clinic={clinic} width={width} height={height} />;
		}

		case 'help': {
			return <HelpOverlay screen={state.behind} width={width} height={height} top={state.menu.top} />;
		}

		case 'contents': {
			const headings = post ? article(post).outline().headings : [];
			const shallowest = Math.min(...headings.map(heading => heading.depth));
			const rows = headings.map(heading => `${'  '.repeat(heading.depth - shallowest)}${heading.text}`);
			return <MenuOverlay title="Contents" rows={rows} top={state.menu.top} cursor={state.menu.cursor} width={width} height={height} hint="j/k move  ·  Enter go  ·  q close" />;
		}

		case 'links': {
			const links = post ? article(post).outline().links : [];
			const numberWidth = String(links.length).length;
			const rows = links.map((link, index) => `${String(index + 1).padStart(numberWidth)}  ${link.label === link.url ? link.url : `${link.label} → ${link.url}`}`);
			const typed = state.count === '' ? '' : `${state.count}…  ·  `;
			return <MenuOverlay title="Links" rows={rows} top={state.menu.top} cursor={state.menu.cursor} width={width} height={height} hint={`${typed}a number or Enter opens  ·  q close`} />;
		}

		default:
	}

	if (state.screen === 'article' && post) {
		const {styled, plain} = article(post);
		const offset = clampOffset(state.offsets[post.slug] ?? 0, styled.length, articleHeight);
		const matches = state.search.query === '' ? [] : findMatches(plain, state.search.query);
		return (
			<Box flexDirection="column" width={width} height={height}>
				<ArticleView
					lines={styled}
					offset={offset}
					height={articleHeight}
					margin={Math.floor((width - measure) / 2)}
					query={state.search.editing ? '' : state.search.query}
					currentLine={matches[state.search.match]}
				/>
				<StatusBar
					title={post.title}
					percent={percentShown(offset, styled.length, articleHeight)}
					width={width}
					read={state.read.has(post.slug)}
					search={{...state.search, matches: matches.length}}
					{...(saveNotice ?? state.notice ? {notice: saveNotice ?? state.notice} : {})}
				/>
			</Box>
		);
	}

	const visible = visiblePosts(state, posts);
	const listHeight = listHeightFor(state.filter, height);
	const filtering = state.filter.editing || state.filter.query !== '';
	const only = state.hidden ? ' (unread)' : '';
	// Under the header and its gap: the filter being typed, else the selected post (below the filter line if shown).
	if (state.filter.editing) {
		setCursorPosition({x: Math.min(filterCursorColumn(state.filter.query, visible.length, posts.length, width), width - 1), y: 2});
	} else if (visible.length > 0) {
		setCursorPosition({x: Math.min(titleColumn, width - 1), y: 2 + (filtering ? 1 : 0) + state.selected - state.listTop});
	}

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Header title={clinic.name} detail={`${unreadCount} unread · ${posts.length} posts${only}`} short={`${unreadCount} unread${only}`} width={width} />
			<Text> </Text>
			{filtering ? <FilterLine query={state.filter.query} editing={state.filter.editing} shown={visible.length} total={posts.length} width={width} /> : undefined}
			<PostList posts={visible} selected={state.selected} top={state.listTop} height={listHeight} width={width} read={state.read} />
			<Text> </Text>
			<PostDetails post={visible[state.selected]} width={width} height={detailsHeight} />
			{saveNotice ? <Text wrap="truncate-end">{paint('alert', saveNotice)}</Text> : (state.notice ? <Text wrap="truncate-end">{paint('accent', state.notice)}</Text> : <KeyHints screen="list" width={width} />)}
		</Box>
	);
}
