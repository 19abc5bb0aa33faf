import {Box} from 'ink';
import {expect, test} from 'vitest';
import {LabelRows} from '../../../source/ui/terminal/label-rows.js';
import {frame} from '../../helpers/frame.js';

test('labels keep their column; a long value wraps under itself', () => {
	const rows = [['Phone', '905-270-3086'], ['Hours', 'Mon–Thu 08:00–20:00 · Fri 08:00–18:00 · Sat 09:00–14:00 · Sun closed']] as const;
	expect(frame(<Box width={40}><LabelRows rows={rows} /></Box>)).toBe([
		'Phone  905-270-3086',
		'Hours  Mon–Thu 08:00–20:00 · Fri',
		'       08:00–18:00 · Sat 09:00–14:00 ·',
		'       Sun closed',
	].join('\n'));
});
