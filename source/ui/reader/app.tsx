import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {ArticleCache} from '../../core/render/article-cache.js';
import {maxMeasure} from '../../core/render/article.js';
import type {Clinic} from '../../core/content/clinic.js';
import {findMatches} from '../../core/content/filter.js';
import type {Post} from '../../core/content/post.js';
import type {ReadStateStore} from '../../core/marks/read-marks.js';
import {clampOffset, percentShown} from '../../core/reader/viewport.js';
import {ArticleView} from './article-view.js';
import {ContactCard} from './contact-card.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {KeyHints} from './key-hints.js';
import {PostDetails} from './post-details.js';
import {PostList} from './post-list.js';
import {StatusBar} from './status-bar.js';
import {useReader} from './use-reader.js';
import {currentPost, type Environment, type TextEntry, visiblePosts} from '../../core/reader/state.js';

export type Props = {
	readonly posts: readonly Post[];
	readonly clinic: Clinic;
	readonly store: ReadStateStore;
	readonly width: number;
	/** Rows the frame may use; keep it below the terminal's rows or Ink 6 clears the scrollback. */
	readonly height: number;
	readonly articles: ArticleCache;
	readonly initialSlug?: string;
	readonly openUrl?: (url: string) => void;
};

export const minimumSize = {width: 40, height: 12} as const;
const detailsHeight = 3;

function listHeightFor(filter: TextEntry, height: number): number {
	const filterRows = filter.editing || filter.query !== '' ? 1 : 0;
	// Header and a gap, the list, a gap, the details, the footer.
	return Math.max(1, height - 2 - filterRows - 1 - detailsHeight - 1);
}

/** The interactive reader: a list of posts and a pager, driven by one keymap. */
export function App({posts, clinic, store, width, height, articles, initialSlug, openUrl}: Props) {
	const measure = Math.min(width - 2, maxMeasure);
	const article = (post: Post) => articles.get(post, measure);
	const articleHeight = height - 1;
	const environmentFor = (filter: TextEntry): Environment => ({posts, listHeight: listHeightFor(filter, height), articleHeight, articleLines: (post: Post) => article(post).plain});

	const state = useReader({posts, store, initialSlug, openUrl, environmentFor});
	const unreadCount = useMemo(() => posts.filter(candidate => !state.read.has(candidate.slug)).length, [posts, state.read]);

	if (width < minimumSize.width || height < minimumSize.height) {
		return (
			<Box width={width} height={height} alignItems="center" justifyContent="center">
				<Text wrap="wrap">Make the terminal at least {minimumSize.width}×{minimumSize.height + 1} to read (now {width}×{height + 1}).</Text>
			</Box>
		);
	}

	if (state.screen === 'contact') {
		return <ContactCard clinic={clinic} width={width} height={height} />;
	}

	if (state.screen === 'help') {
		return <HelpOverlay screen={state.behind} width={width} height={height} />;
	}

	const post = currentPost(state, posts);
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
				/>
			</Box>
		);
	}

	const visible = visiblePosts(state, posts);
	const listHeight = listHeightFor(state.filter, height);
	const filtering = state.filter.editing || state.filter.query !== '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Header title={clinic.name} detail={`${unreadCount} unread · ${posts.length} posts`} width={width} />
			<Text> </Text>
			{filtering ? (
				<Text>
					<Text color="cyan">/</Text>{state.filter.query}{state.filter.editing ? <Text inverse> </Text> : ''}
					<Text dimColor>  {visible.length} of {posts.length}{state.filter.editing ? '  ·  Enter keep  ·  Esc clear' : '  ·  Esc clear'}</Text>
				</Text>
			) : undefined}
			<PostList posts={visible} selected={state.selected} top={state.listTop} height={listHeight} width={width} read={state.read} />
			<Text> </Text>
			<PostDetails post={visible[state.selected]} width={width} height={detailsHeight} />
			<KeyHints screen="list" width={width} />
		</Box>
	);
}
