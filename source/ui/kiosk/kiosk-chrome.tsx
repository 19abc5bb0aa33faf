import {Box, Text} from 'ink';
import {memo} from 'react';
import {usePaint} from '../terminal/paint.js';
import type {Clinic} from '../../core/content/clinic.js';
import {displayWidth} from '../../core/text/width.js';
import {truncateToWidth} from '../../core/text/wrap.js';

type HeaderProps = {readonly name: string; readonly clock: string; readonly width: number; readonly status?: string | undefined};

/**
The clinic's name, whether it is open (with opening hours), and the time, over a rule. One line laid out here by the
one display width, not by flex: Ink measures Devanagari or Thai narrower than a terminal draws them, so a flex gap
would push the clock past the edge and the line would wrap over the byline. Only the name gives way.
*/
export function KioskHeader({name, clock, width, status}: HeaderProps) {
	const paint = usePaint();
	const right = `${status ? `${status}   ` : ''}${clock}`;
	const left = truncateToWidth(name, Math.max(0, width - displayWidth(right) - 2));
	const gap = ' '.repeat(Math.max(2, width - displayWidth(left) - displayWidth(right)));
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text wrap="truncate-end">
				{paint('accent', left)}
				{gap}
				{status ? `${status}   ` : undefined}
				{paint('strong', clock)}
			</Text>
			<Text>{paint('faint', '─'.repeat(width))}</Text>
		</Box>
	);
}

type FooterProps = {readonly clinic: Clinic; readonly position: string; readonly width: number; readonly notice?: string | undefined};

/**
Under a rule: the front desk's info notices (when there are any), how to reach the clinic (the phone always), and
where the rotation is ("page 2 of 3 · 3 / 11"). Memoized, as the article is: a clock tick leaves it as it was.
*/
export const KioskFooter = memo(({clinic, position, width, notice}: FooterProps) => {
	const paint = usePaint();
	const link = clinic.bookingUrl ?? clinic.website;
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text>{paint('faint', '─'.repeat(width))}</Text>
			{notice ? <Box width={width} height={1} overflow="hidden"><Text wrap="truncate-end">{paint('strong', `Notice: ${notice}`)}</Text></Box> : undefined}
			<Box width={width} justifyContent="space-between">
				<Box flexShrink={1}>
					<Text wrap="truncate-end">
						{paint('strong', clinic.phone)}
						<Text>{`  ·  ${clinic.booking}`}</Text>
						{link ? `  ·  ${paint('link', link)}` : undefined}
					</Text>
				</Box>
				<Box flexShrink={0} marginLeft={2}>
					<Text>{paint('faint', position)}</Text>
				</Box>
			</Box>
		</Box>
	);
});
