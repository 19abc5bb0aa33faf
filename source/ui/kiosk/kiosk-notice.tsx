import {Box, Text} from 'ink';
import type {NoticeScreen} from '../../core/kiosk/notice-screen.js';
import {usePaint} from '../terminal/paint.js';

type Props = {
	readonly screen: NoticeScreen;
	/** "Call 905-270-3086 · Call or book online". */
	readonly contact: string;
	readonly width: number;
	readonly height: number;
};

/** An urgent notice over the whole middle of the screen: a reversed "Urgent" mark, the title, the body, how to reach us. */
export function KioskNotice({screen, contact, width, height}: Props) {
	const paint = usePaint();
	return (
		<Box flexDirection="column" width={width} height={height} alignItems="center" justifyContent="center">
			<Text>{paint('alert', ' URGENT NOTICE ')}</Text>
			<Text> </Text>
			<Box flexDirection="column" flexShrink={0}>
				{screen.title.map((line, index) => (
					<Text key={`title-${index}`}>{line === '' ? ' ' : paint(screen.titleBig ? 'accent' : 'strong', line)}</Text>
				))}
			</Box>
			<Text> </Text>
			<Box flexDirection="column" flexShrink={0}>
				{screen.body.map((line, index) => (
					<Text key={`body-${index}`}>{line === '' ? ' ' : paint('strong', line)}</Text>
				))}
			</Box>
			<Text> </Text>
			<Text>{paint('strong', contact)}</Text>
		</Box>
	);
}
