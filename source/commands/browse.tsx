import {createSupportsHyperlinks} from 'supports-hyperlinks';
import {readPost} from '../core/content/catalog.js';
import {useEffect, useState} from 'react';
import type {ArticleCache} from '../core/render/article-cache.js';
import {largeMeasure} from '../core/render/measures.js';
import {createPaint} from '../core/theme/paint.js';
import {isClickable} from '../core/render/links.js';
import type {Post} from '../core/content/post.js';
import {colorLevel} from '../args/options.js';
import {App} from '../ui/reader/app.js';
import {useTerminalSize} from '../ui/terminal/use-terminal-size.js';
import {type Command, type Context, clinicOf, isInteractive, loadPosts, savePostIndexes} from '../io/context.js';
import {openReaderState} from '../io/read-state.js';
import {runFullScreen} from '../ui/terminal/full-screen.js';
import {PaintProvider} from '../ui/terminal/paint.js';
import {resolveTheme} from '../io/terminal-theme.js';
import {list} from './list.js';


type RootProps = Omit<React.ComponentProps<typeof App>, 'width' | 'height'> & {
	readonly stdout: NodeJS.WriteStream;
	readonly loadArticles: () => Promise<ArticleCache>;
};

function Root({stdout, articles: loaded, loadArticles, ...props}: RootProps) {
	const {width, height} = useTerminalSize(stdout);
	// The renderer loads once the first frame is out (effects run after it is drawn).
	const [articles, setArticles] = useState(loaded);
	useEffect(() => {
		if (!articles) {
			void loadArticles().then(setArticles);
		}
	}, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, at the start
	// Every row of the terminal, as less uses them (Ink is patched to draw a full-height frame: scripts/build.js).
	return <App {...props} articles={articles} width={width} height={height} />;
}

/**
The interactive reader in the alternate screen, on the posts given (read has loaded them already) or loaded here. Quitting or a signal restores the screen and cursor and exits 0.
*/
export async function browse(context: Context, {posts = loadPosts(context, {saveIndexLater: true}), initialSlug}: {readonly posts?: readonly Post[]; readonly initialSlug?: string} = {}): Promise<number> {
	if (context.options.screenReader) {
		savePostIndexes();
		const {readAloud} = await import('./read-aloud.js');
		return readAloud(context, {posts, ...(initialSlug ? {initialSlug} : {})});
	}

	const clinic = clinicOf(context);
	const {store, loadWriter} = openReaderState(context);
	const stdout = context.stdout as NodeJS.WriteStream;
	const options = {
		colorLevel: colorLevel(context.env, true, context.options.color),
		hyperlinks: createSupportsHyperlinks(stdout),
		theme: await resolveTheme(context),
		large: context.options.large,
	};
	// The list needs neither marked nor marked-terminal (~150 KB to load), nor conf to save marks: they come after the
	// first frame, unless the reader opens on an article (read SLUG). Keys pressed before they are there wait for them
	// (use-reader.ts), so no mark changes before conf can save it.
	const loadArticles = async () => {
		const [{createArticleCache}, {renderTerminalArticle}] = await Promise.all([import('../core/render/article-cache.js'), import('../core/render/article-terminal.js'), loadWriter()]);
		return createArticleCache((post: Post, width: number) => renderTerminalArticle({post, clinic}, {...options, width}));
	};

	const articles = initialSlug ? await loadArticles() : undefined;
	const reloadPost = (post: Post) => {
		const result = readPost(post.slug, post.file);
		return 'post' in result ? result.post : undefined;
	};

	const openUrl = (url: string) => {
		if (isClickable(url)) {
			void import('open').then(async ({default: open}) => open(url)).catch(() => undefined);
		}
	};

	let saving = false;
	const saveIndexesOnce = () => {
		if (!saving) {
			saving = true;
			setImmediate(savePostIndexes);
		}
	};

	// --width sets the measure; large print narrows it to largeMeasure unless a width is given.
	const measure = context.options.width ?? (context.options.large ? largeMeasure : undefined);
	await runFullScreen(
		<PaintProvider value={createPaint(options.theme, options.colorLevel)}>
			<Root
				stdout={stdout}
				posts={posts}
				clinic={clinic}
				store={store}
				articles={articles}
				loadArticles={loadArticles}
				openUrl={openUrl}
				reloadPost={reloadPost}
				{...(initialSlug ? {initialSlug} : {})}
				{...(measure === undefined ? {} : {measure})}
			/>
		</PaintProvider>,
		// The catalogue index is written once the first frame is out (Ink tells of a frame before writing it, hence the
		// setImmediate), and at the latest on the way out.
		{stdout, stdin: context.stdin as NodeJS.ReadStream, stderr: context.stderr, onRender: saveIndexesOnce, onRestore: savePostIndexes},
	);
	return 0;
}

/** `clinic-read` alone: the reader in a terminal, the list when piped. */
export const browseOrList: Command = async context => (isInteractive(context) ? browse(context) : list(context));
