import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {type BigFont, bigFonts, bigTitle} from '../../core/kiosk/big-title.js';
import {burnInShift, formatClock, formatDay} from '../../core/kiosk/clock.js';
import {clinicOpening, nextChange} from '../../core/content/opening.js';
import type {Post} from '../../core/content/post.js';
import {spanHolds, visibleSpan} from '../../core/content/visible.js';
import {activeNotices, nextNoticeChange} from '../../core/notices/notices.js';
import {layoutNotice} from '../../core/kiosk/notice-screen.js';
import {fitsQrCode, qrHalfBlocks, qrModules, qrTarget} from '../../core/kiosk/qr.js';
import {isQuiet, type QuietHours} from '../../core/kiosk/quiet-hours.js';
import {currentSlug, dwellMilliseconds, nextArticle, nextScreen, previousArticle, type Random, reconcile, type RotationSettings, selectPosts, startRotation, wordsOn} from '../../core/kiosk/rotation.js';
import {drawArticle, screenful} from '../../core/kiosk/article-screen.js';
import type {ContentFeed} from '../../core/kiosk/content-watch.js';
import {type ClockStyle, defaultTimeZone} from '../../core/content/zoned-time.js';
import {KioskArticle} from './kiosk-article.js';
import {KioskCard} from './kiosk-card.js';
import {KioskFooter, KioskHeader} from './kiosk-chrome.js';
import {KioskNotice} from './kiosk-notice.js';
import {isTooSmall, kioskLayout, kioskMinimum, qrScale} from '../../core/kiosk/layout.js';
import {useNow} from './use-clock.js';
import {monotonic, type Monotonic, useDwell} from './use-dwell.js';

const allFonts: readonly BigFont[] = bigFonts.map(font => font.name);

export type KioskProps = {
	readonly feed: ContentFeed;
	readonly settings: RotationSettings;
	readonly width: number;
	/** Rows the frame may use: one less than the terminal's, or Ink 6 clears the scrollback on every frame. */
	readonly height: number;
	readonly renderBody: (post: Post, width: number) => readonly string[];
	readonly qr?: boolean;
	/** Ignore every key: only a signal stops the kiosk. */
	readonly lock?: boolean;
	/** Whether stdin is a terminal; under systemd it may be /dev/null, where raw mode is impossible. */
	readonly input?: boolean;
	/** A fixed quiet span; without it, clinic.yml's opening hours (when it has them) decide when the kiosk is quiet. */
	readonly quietHours?: QuietHours;
	/** Fonts for big titles, largest first; none for bold text only. */
	readonly fonts?: readonly BigFont[];
	/** 256 colours or more: the QR code uses exact black and white. */
	readonly deepColour?: boolean;
	readonly clock?: ClockStyle;
	/** Show the date beside the clock. */
	readonly showDate?: boolean;
	readonly random?: Random;
	readonly now?: Monotonic;
	/** Told the slug on screen (undefined for the contact card, a notice or quiet hours), for the status file. */
	readonly onShow?: (slug: string | undefined) => void;
};

type State = {readonly slugs: readonly string[]; readonly rotation: ReturnType<typeof startRotation>; readonly noticeSeen?: number; readonly noticeStep: number};

/**
The waiting-room display: articles one screenful at a time, an urgent notice before each article while one is active,
and the clinic's card when there are no posts, the clinic is closed, or it is late.
*/
export function Kiosk({feed, settings, width, height, renderBody, qr = true, lock = false, input = true, quietHours, fonts = allFonts, deepColour = false, clock = 24, showDate = false, random = Math.random, now: monotonicNow = monotonic, onShow}: KioskProps) {
	const {exit} = useApp();
	const content = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
	const {clinic} = content;
	const timeZone = clinic.timezone ?? defaultTimeZone;
	const [wakeAt, setWakeAt] = useState<number | undefined>();
	const now = useNow(wakeAt);
	// Kept from minute to minute until a post's window opens or closes: thousands of posts are not gone through each tick.
	const [storedSpan, setSpan] = useState(() => visibleSpan(content.posts, now, timeZone));
	const span = spanHolds(storedSpan, content.posts, now, timeZone) ? storedSpan : visibleSpan(content.posts, now, timeZone);
	if (span !== storedSpan) {
		setSpan(span);
	}

	const visible = useMemo(() => selectPosts(span.posts, settings.tag), [span.posts, settings.tag]);
	const slugKey = useMemo(() => visible.map(post => post.slug).join('\n'), [visible]);
	const slugs = useMemo(() => (slugKey === '' ? [] : slugKey.split('\n')), [slugKey]);
	// Pinned posts lead `visible`: they open every round, even a shuffled one.
	const pinned = useMemo(() => visible.filter(post => post.pinned).length, [visible]);
	const [state, setState] = useState<State>(() => ({slugs, rotation: startRotation(slugs, settings.order, random, pinned), noticeStep: 0}));
	// Derived from the reloaded posts during render, as React advises, so no frame shows a removed post.
	const rotation = state.slugs === slugs ? state.rotation : reconcile(state.rotation, slugs, settings.order, random, pinned);
	if (state.slugs !== slugs) {
		setState({...state, slugs, rotation});
	}

	const opening = clinicOpening(clinic, now, clock);
	const notices = useMemo(() => activeNotices(content.notices, now, timeZone), [content.notices, now, timeZone]);
	const urgent = notices.filter(notice => notice.priority === 'urgent');
	const info = notices.filter(notice => notice.priority === 'info').map(notice => notice.title).join('  ·  ');
	// Wake exactly when a notice or a post's window starts or ends, or the clinic opens or closes.
	const nextWake = [nextNoticeChange(content.notices, now, timeZone), span.until, opening ? nextChange(opening.state) : undefined]
		.reduce<number | undefined>((soonest, at) => (at !== undefined && (soonest === undefined || at < soonest) ? at : soonest), undefined);
	if (wakeAt !== nextWake) {
		setWakeAt(nextWake);
	}

	const target = qrTarget(clinic);
	// An address too long for a code (check and the kiosk command warn of it) means no code, never a crash.
	const modules = useMemo(() => (qr && fitsQrCode(target) ? qrModules(target) : undefined), [qr, target]);
	const noticeRows = info === '' ? 0 : 1;
	const scale = modules ? qrScale(width, height, modules.length, noticeRows) : 1;
	const code = useMemo(() => (modules ? qrHalfBlocks(modules, scale) : undefined), [modules, scale]);
	const layout = useMemo(() => kioskLayout(width, height, code ? {columns: code[0]!.length, rows: code.length} : undefined, noticeRows), [width, height, code, noticeRows]);
	const slug = currentSlug(rotation);
	const post = useMemo(() => visible.find(candidate => candidate.slug === slug), [visible, slug]);
	const article = useMemo(() => (post ? drawArticle(post, layout, renderBody, fonts) : undefined), [post, layout, renderBody, fonts]);
	const tooSmall = isTooSmall(width, height);
	const quiet = quietHours === undefined ? opening !== undefined && !opening.state.open : isQuiet(quietHours, new Date(now), timeZone);
	// Kept (as is the QR code's props) while the page stays, so the clock's tick re-renders the header and not the article.
	const page = useMemo(() => (article ? screenful(article, rotation.page, settings) : undefined), [article, rotation.page, settings]);
	const screen = tooSmall || quiet ? undefined : page;
	// Before every article (its first page), and instead of the card while there is nothing else to show.
	const interlude = urgent.length > 0 && !tooSmall && (!screen || (rotation.page === 0 && state.noticeSeen !== rotation.serial));
	const notice = interlude ? urgent[state.noticeStep % urgent.length] : undefined;
	const noticeMs = notice ? dwellMilliseconds(wordsOn([notice.title, notice.body]), settings) : 0;

	useDwell(notice ? `notice-${rotation.serial}-${state.noticeStep}` : (screen ? String(rotation.serial) : undefined), notice ? noticeMs : screen?.dwellMs ?? 0, () => {
		if (notice) {
			const step = state.noticeStep + 1;
			setState(screen && step >= urgent.length ? {...state, rotation, noticeSeen: rotation.serial, noticeStep: 0} : {...state, rotation, noticeStep: step % urgent.length});
		} else {
			setState({...state, rotation: nextScreen(rotation, screen?.pageCount ?? 1, slugs, settings.order, random, pinned)});
		}
	}, monotonicNow);

	const qrProps = useMemo(() => (code ? {rows: code, caption: target.startsWith('tel:') ? 'Scan to call us' : 'Scan to book', deep: deepColour} : undefined), [code, target, deepColour]);
	const shown = screen && !notice ? post?.slug : undefined;
	useEffect(() => {
		onShow?.(shown);
	}, [shown, onShow]);

	useInput((keys, key) => {
		if (lock) {
			return;
		}

		if (keys.includes('q') || (key.ctrl && keys === 'c')) {
			exit();
		} else if (key.rightArrow) {
			setState({...state, rotation: nextArticle(rotation, slugs, settings.order, random, pinned)});
		} else if (key.leftArrow) {
			setState({...state, rotation: previousArticle(rotation)});
		}
	}, {isActive: input});

	if (tooSmall) {
		return (
			<Box width={width} height={height} alignItems="center" justifyContent="center">
				<Text wrap="wrap">Make this window at least {kioskMinimum.width}×{kioskMinimum.height} (now {width}×{height + 1}).</Text>
			</Box>
		);
	}

	const shift = burnInShift(now);
	const time = formatClock(new Date(now), timeZone, clock);
	const day = showDate ? formatDay(new Date(now), timeZone) : undefined;
	const header = <KioskHeader name={clinic.name} clock={day ? `${day}  ${time}` : time} width={layout.width} status={opening?.line} />;
	const footer = (position: string) => <KioskFooter clinic={clinic} width={layout.width} notice={info} position={position} />;
	let body: React.ReactNode;
	if (notice) {
		const contact = `Call ${clinic.phone}  ·  ${clinic.booking}`;
		body = (
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				{header}
				<KioskNotice screen={layoutNotice(notice, layout.width - 4, layout.middle - 2, fonts)} contact={contact} width={layout.width} height={layout.middle} />
				{footer(urgent.length > 1 ? `notice ${(state.noticeStep % urgent.length) + 1} of ${urgent.length}` : 'notice')}
			</Box>
		);
	} else if (quiet) {
		const above = bigTitle(time, layout.width, 7, fonts) ?? [time];
		const status = [day, opening?.line].filter(Boolean).join('  ·  ');
		body = <KioskCard dim clinic={clinic} width={layout.width} height={layout.height} above={above} {...(status ? {status} : {})} />;
	} else if (article && screen) {
		body = (
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				{header}
				<KioskArticle title={article.title} big={article.big} byline={article.byline} lines={screen.lines} bodyHeight={article.bodyHeight} measure={layout.measure} margin={layout.margin} {...(layout.qr && qrProps ? {qr: qrProps} : {})} />
				{footer(`${screen.pageCount > 1 ? `page ${screen.page + 1} of ${screen.pageCount}  ·  ` : ''}${rotation.index + 1} / ${rotation.order.length}`)}
			</Box>
		);
	} else {
		const cardQr = qrProps && layout.width >= 60 + 3 + code![0]!.length && layout.middle >= code!.length + 1;
		body = (
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				{header}
				<KioskCard clinic={clinic} width={layout.width} height={layout.middle} {...(cardQr ? {qr: qrProps} : {})} />
				{footer(content.missing ? 'waiting for the content folder' : 'no posts to show yet')}
			</Box>
		);
	}

	return (
		<Box width={width} height={height} paddingLeft={shift.x} paddingTop={shift.y} flexDirection="column">
			{body}
		</Box>
	);
}
