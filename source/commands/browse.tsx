import {render} from 'ink';
import {createSupportsHyperlinks} from 'supports-hyperlinks';
import {createArticleCache} from '../core/article-cache.js';
import {renderTerminalArticle} from '../core/article-terminal.js';
import {isClickable} from '../core/links.js';
import type {Post} from '../core/post.js';
import {colorLevel} from '../options.js';
import {App} from '../ui/app.js';
import {useTerminalSize} from '../ui/hooks/use-terminal-size.js';
import {withoutHeightLimit} from '../ui/ink-stdout.js';
import {type Command, type Context, clinicOf, isInteractive, loadPosts, openReadState} from './context.js';
import {list} from './list.js';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

type RootProps = Omit<React.ComponentProps<typeof App>, 'width' | 'height'> & {readonly stdout: NodeJS.WriteStream};

function Root({stdout, ...props}: RootProps) {
	const {width, height} = useTerminalSize(stdout);
	// One row short of the terminal: a frame as tall as the screen makes Ink 6 clear the scrollback on every render.
	return <App {...props} width={width} height={height - 1} />;
}

/**
The interactive reader in the alternate screen. Quitting or a signal restores the screen and cursor and exits 0.
*/
export async function browse(context: Context, initialSlug?: string): Promise<number> {
	const posts = loadPosts(context);
	const clinic = clinicOf(context);
	const store = await openReadState(context, 'write');
	const stdout = context.stdout as NodeJS.WriteStream;
	const options = {
		colorLevel: colorLevel(context.env, true, context.options.color),
		hyperlinks: createSupportsHyperlinks(stdout),
	};
	const articles = createArticleCache((post: Post, width: number) => renderTerminalArticle({post, clinic}, {...options, width}));
	const openUrl = (url: string) => {
		if (isClickable(url)) {
			void import('open').then(async ({default: open}) => open(url)).catch(() => undefined);
		}
	};

	// Ours go in before Ink's signal-exit handlers, which would re-raise the signal and end with it, not 0.
	// Exiting at once is safe here: terminal writes are synchronous and read marks are saved as they happen.
	let restore = () => {};
	const onSignal = () => {
		restore();
		process.exit(0);
	};

	for (const signal of signals) {
		process.on(signal, onSignal);
	}

	stdout.write(enterAlternateScreen);
	const instance = render(
		<Root stdout={stdout} posts={posts} clinic={clinic} store={store} articles={articles} openUrl={openUrl} {...(initialSlug ? {initialSlug} : {})} />,
		{stdout: withoutHeightLimit(stdout), stdin: context.stdin as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false},
	);
	let restored = false;
	restore = () => {
		if (!restored) {
			restored = true;
			instance.unmount();
			stdout.write(leaveAlternateScreen);
		}
	};

	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const signal of signals) {
			process.off(signal, onSignal);
		}
	}

	return 0;
}

/** `clinic-read` alone: the reader in a terminal, the list when piped. */
export const browseOrList: Command = async context => (isInteractive(context) ? browse(context) : list(context));
