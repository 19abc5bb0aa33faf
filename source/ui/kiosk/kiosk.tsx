import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {type BigFont, bigFonts, bigTitle} from '../../core/kiosk/big-title.js';
import {burnInShift, defaultTimeZone, formatClock} from '../../core/kiosk/clock.js';
import type {Post} from '../../core/content/post.js';
import {qrHalfBlocks, qrModules, qrTarget} from '../../core/kiosk/qr.js';
import {isQuiet, type QuietHours} from '../../core/kiosk/quiet-hours.js';
import {currentSlug, nextArticle, nextScreen, previousArticle, type Random, reconcile, type RotationSettings, selectPosts, startRotation} from '../../core/kiosk/rotation.js';
import {drawArticle, screenful} from '../../core/kiosk/article-screen.js';
import type {ContentFeed} from '../../core/content/watch.js';
import {KioskArticle} from './kiosk-article.js';
import {KioskCard} from './kiosk-card.js';
import {KioskFooter, KioskHeader} from './kiosk-chrome.js';
import {isTooSmall, kioskLayout, kioskMinimum} from '../../core/kiosk/layout.js';
import {useMinute} from './use-clock.js';
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
	readonly quietHours?: QuietHours;
	/** Fonts for big titles, largest first; none for bold text only. */
	readonly fonts?: readonly BigFont[];
	/** 256 colours or more: the QR code uses exact black and white. */
	readonly deepColour?: boolean;
	readonly random?: Random;
	readonly now?: Monotonic;
	/** Told the slug on screen (undefined for the contact card), for the status file. */
	readonly onShow?: (slug: string | undefined) => void;
};

/** The waiting-room display: articles one screenful at a time, the clinic's card when there are none or it is late. */
export function Kiosk({feed, settings, width, height, renderBody, qr = true, lock = false, input = true, quietHours, fonts = allFonts, deepColour = false, random = Math.random, now = monotonic, onShow}: KioskProps) {
	const {exit} = useApp();
	const content = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
	const minute = useMinute();
	const posts = useMemo(() => selectPosts(content.posts, settings.tag), [content.posts, settings.tag]);
	const slugs = useMemo(() => posts.map(post => post.slug), [posts]);
	const [state, setState] = useState(() => ({slugs, rotation: startRotation(slugs, settings.order, random)}));
	// Derived from the reloaded posts during render, as React advises, so no frame shows a removed post.
	const rotation = state.slugs === slugs ? state.rotation : reconcile(state.rotation, slugs, settings.order, random);
	if (state.slugs !== slugs) {
		setState({slugs, rotation});
	}

	const {clinic} = content;
	const timeZone = clinic.timezone ?? defaultTimeZone;
	const target = qrTarget(clinic);
	const code = useMemo(() => (qr ? qrHalfBlocks(qrModules(target)) : undefined), [qr, target]);
	const layout = useMemo(() => kioskLayout(width, height, code ? {columns: code[0]!.length, rows: code.length} : undefined), [width, height, code]);
	const slug = currentSlug(rotation);
	const post = useMemo(() => posts.find(candidate => candidate.slug === slug), [posts, slug]);
	const article = useMemo(() => (post ? drawArticle(post, layout, renderBody, fonts) : undefined), [post, layout, renderBody, fonts]);
	const tooSmall = isTooSmall(width, height);
	const quiet = quietHours !== undefined && isQuiet(quietHours, new Date(minute), timeZone);
	const screen = article && !tooSmall && !quiet ? screenful(article, rotation.page, settings) : undefined;

	useDwell(screen ? String(rotation.serial) : undefined, screen?.dwellMs ?? 0, () => {
		setState({slugs, rotation: nextScreen(rotation, screen?.pageCount ?? 1, slugs, settings.order, random)});
	}, now);

	const shown = screen ? post?.slug : undefined;
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
			setState({slugs, rotation: nextArticle(rotation, slugs, settings.order, random)});
		} else if (key.leftArrow) {
			setState({slugs, rotation: previousArticle(rotation)});
		}
	}, {isActive: input});

	if (tooSmall) {
		return (
			<Box width={width} height={height} alignItems="center" justifyContent="center">
				<Text wrap="wrap">Make this window at least {kioskMinimum.width}×{kioskMinimum.height} (now {width}×{height + 1}).</Text>
			</Box>
		);
	}

	const shift = burnInShift(minute);
	const clock = formatClock(new Date(minute), timeZone);
	const qrProps = code ? {rows: code, caption: target.startsWith('tel:') ? 'Scan to call us' : 'Scan to book', deep: deepColour} : undefined;
	let body: React.ReactNode;
	if (quiet) {
		body = <KioskCard dim clinic={clinic} width={layout.width} height={layout.height} above={bigTitle(clock, layout.width, 7, fonts) ?? [clock]} />;
	} else if (article && screen) {
		body = (
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				<KioskHeader name={clinic.name} clock={clock} width={layout.width} />
				<KioskArticle title={article.title} big={article.big} byline={article.byline} lines={screen.lines} bodyHeight={article.bodyHeight} measure={layout.measure} margin={layout.margin} {...(layout.qr && qrProps ? {qr: qrProps} : {})} />
				<KioskFooter clinic={clinic} width={layout.width} position={`${screen.pageCount > 1 ? `page ${screen.page + 1} of ${screen.pageCount}  ·  ` : ''}${rotation.index + 1} / ${rotation.order.length}`} />
			</Box>
		);
	} else {
		const cardQr = qrProps && layout.width >= 60 + 3 + code![0]!.length && layout.middle >= code!.length + 1;
		body = (
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				<KioskHeader name={clinic.name} clock={clock} width={layout.width} />
				<KioskCard clinic={clinic} width={layout.width} height={layout.middle} {...(cardQr ? {qr: qrProps} : {})} />
				<KioskFooter clinic={clinic} width={layout.width} position={content.missing ? 'waiting for the content folder' : 'no posts to show yet'} />
			</Box>
		);
	}

	return (
		<Box width={width} height={height} paddingLeft={shift.x} paddingTop={shift.y} flexDirection="column">
			{body}
		</Box>
	);
}
