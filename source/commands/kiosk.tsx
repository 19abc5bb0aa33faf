import {bigFonts} from '../core/kiosk/big-title.js';
import {type Clinic, clinicFile, loadClinic} from '../core/content/clinic.js';
import {qrProblem} from '../core/kiosk/qr.js';
import {createContentLoader} from '../core/kiosk/content-reload.js';
import {UserError, usageError} from '../core/errors.js';
import {renderTerminalMarkdown} from '../core/render/markdown-terminal.js';
import type {Post} from '../core/content/post.js';
import {bundledContent, colorLevel} from '../args/options.js';
import {useTerminalSize} from '../ui/terminal/use-terminal-size.js';
import {createContentFeed} from '../core/kiosk/content-watch.js';
import {Kiosk, type KioskProps} from '../ui/kiosk/kiosk.js';
import {type Command, postIndexFile, syncedContentDirectory, warn} from '../io/context.js';
import {openPostIndex} from '../core/content/post-index.js';
import {runFullScreen} from '../ui/terminal/full-screen.js';
import {readSyncState, syncStateFile} from '../core/sync/state.js';
import {startHeartbeat, startMetrics} from '../io/kiosk-heartbeat.js';
import {defaultTimeZone} from '../core/content/zoned-time.js';
import {selectPosts} from '../core/kiosk/rotation.js';
import {visiblePosts} from '../core/content/visible.js';
import {activeNotices} from '../core/notices/notices.js';
import type {ContentState} from '../core/kiosk/content-reload.js';
import {sanitizeLine} from '../core/text/sanitize.js';
import {PaintProvider} from '../ui/terminal/paint.js';
import {createPaint} from '../core/theme/paint.js';
import {resolveTheme} from '../io/terminal-theme.js';
import {type KioskFlags, parseKioskOptions} from '../args/kiosk-options.js';


function Root({stdout, ...props}: Omit<KioskProps, 'width' | 'height'> & {readonly stdout: NodeJS.WriteStream}) {
	const {width, height} = useTerminalSize(stdout);
	// One row short of the terminal: the kiosk's layout (core/kiosk/layout.ts) is measured for a frame without it.
	return <Kiosk {...props} width={width} height={height - 1} />;
}

/** The folder's clinic.yml, else the bundled one: a missing folder must still show a contact card, not crash. */
function firstClinic(contentDirectory: string): Clinic {
	try {
		return loadClinic(contentDirectory);
	} catch (error) {
		if (contentDirectory === bundledContent) {
			throw error;
		}

		return loadClinic(bundledContent);
	}
}

/** An unknown --tag would show "no posts to show yet" forever: say so before anything is drawn. */
function checkTag(content: ContentState, tag: string | undefined): void {
	if (tag === undefined || content.missing || selectPosts(content.posts, tag).length > 0) {
		return;
	}

	const tags = [...new Set(content.posts.flatMap(post => post.tags.map(name => name.toLowerCase())))].sort();
	throw usageError(`no post has the tag "${sanitizeLine(tag)}"; ${tags.length > 0 ? `the tags are ${tags.join(', ')}` : 'no post has any tag yet'}`);
}

/** When `clinic-read sync` last succeeded, from its state file (read each minute: the timer's sync runs meanwhile). */
function lastSyncAt(directory: string): number | undefined {
	const when = readSyncState(syncStateFile(directory)).lastSuccess;
	return when === undefined ? undefined : Date.parse(when);
}

/**
`kiosk`: the unattended waiting-room display in the alternate screen. A signal restores the terminal and exits 0;
a fatal error restores it, prints one line and exits 1, so a supervisor restarts it.
*/
export function kiosk(flags: KioskFlags): Command {
	return async context => {
		if (context.args.length > 0) {
			throw usageError(`kiosk takes no arguments, only flags (see --help), not "${context.args[0]}"`);
		}

		const options = parseKioskOptions(flags, context.options.settings.kiosk);
		const directory = context.options.contentDirectory;
		// On the bundled posts, the synced ones show beside them (as in `list`), and sync's state file lives with them.
		const synced = directory === bundledContent ? syncedContentDirectory() : undefined;
		const syncDirectory = synced ?? directory;
		const clinic = firstClinic(directory);
		// Through the same catalogue index as the reader and `list`: only the posts whose files changed are parsed again.
		const feed = createContentFeed(createContentLoader(directory, clinic, synced, folder => openPostIndex(postIndexFile(folder))));
		checkTag(feed.getSnapshot(), options.settings.tag);
		if (!context.stdout.isTTY) {
			throw usageError('kiosk draws on a terminal; run it in one, not through a pipe');
		}

		const noCode = options.qr ? qrProblem(clinic) : undefined;
		if (noCode) {
			warn(context, `${clinicFile(directory)}: ${noCode}`);
		}

		const level = colorLevel(context.env, true, context.options.color);
		// A waiting room's screen is read from across the room: high contrast unless asked otherwise.
		const theme = await resolveTheme(context, 'high-contrast');
		const renderBody = (post: Post, width: number) => renderTerminalMarkdown(post.body, {width, colorLevel: level, hyperlinks: false, theme});
		let shown: string | undefined;
		const stopHeartbeat = options.statusFile
			? startHeartbeat(options.statusFile, () => {
				const content = feed.getSnapshot();
				// Read each minute: a sync run by the timer updates it while the kiosk runs.
				const lastSync = readSyncState(syncStateFile(syncDirectory)).lastSuccess ?? null;
				return {post: shown ?? null, postsLoaded: content.posts.length, lastContentError: content.lastError ?? null, lastSync};
			})
			: () => {};
		let lastRenderAt: number | undefined;
		const stopMetrics = options.metricsFile
			? startMetrics(options.metricsFile, () => {
				const content = feed.getSnapshot();
				const now = Date.now();
				const timeZone = content.clinic.timezone ?? defaultTimeZone;
				const notices = activeNotices(content.notices, now, timeZone);
				return {
					lastRenderAt,
					posts: selectPosts(visiblePosts(content.posts, now, timeZone), options.settings.tag).length,
					urgentNotices: notices.filter(notice => notice.priority === 'urgent').length,
					infoNotices: notices.filter(notice => notice.priority === 'info').length,
					contentChangedAt: content.changedAt,
					lastSyncAt: lastSyncAt(syncDirectory),
					contentProblems: content.problems.length,
				};
			})
			: () => {};

		const stdout = context.stdout as NodeJS.WriteStream;
		const app = (
			<PaintProvider value={createPaint(theme, level)}>
				<Root
					stdout={stdout}
					feed={feed}
					settings={options.settings}
					renderBody={renderBody}
					qr={options.qr}
					lock={options.lock}
					input={Boolean(context.stdin.isTTY)}
					fonts={bigFonts.filter(font => font.consoleSafe || context.env['TERM'] !== 'linux').map(font => font.name)}
					deepColour={level >= 2}
					onShow={slug => {
						shown = slug;
					}}
					clock={options.clock}
					showDate={options.showDate}
					{...(options.quietHours ? {quietHours: options.quietHours} : {})}
				/>
			</PaintProvider>
		);
		try {
			await runFullScreen(app, {
				stdout,
				stdin: context.stdin as NodeJS.ReadStream,
				stderr: context.stderr,
				onRender() {
					lastRenderAt = Date.now();
				},
				onRestore() {
					stopHeartbeat();
					stopMetrics();
				},
			});
		} catch (error) {
			throw new UserError(`kiosk stopped: ${error instanceof Error ? error.message : String(error)}`);
		}

		return 0;
	};
}
