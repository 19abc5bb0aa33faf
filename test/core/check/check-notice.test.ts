import {expect, test} from 'vitest';
import {checkNotice} from '../../../source/core/check/check-notice.js';

const zone = 'America/Toronto';

test('a good notice has no problems', () => {
	expect(checkNotice('---\ntitle: Parking lot closed today\npriority: urgent\nfrom: 2026-12-01\nuntil: 2026-12-01T18:00\n---\nPlease park on Main St.\n', zone)).toEqual([]);
});

test.each([
	['---\npriority: urgent\n---\n', [{line: 1, severity: 'error', message: 'missing "title"'}]],
	['---\ntitle: ""\n---\n', [{line: 2, severity: 'error', message: '"title" is empty'}]],
	['---\ntitle: 42\n---\n', [{line: 2, severity: 'error', message: '"title" must be text'}]],
	['---\ntitle: A\npriority: high\n---\n', [{line: 3, severity: 'error', message: 'priority must be urgent or info, not "high"'}]],
	['---\ntitle: A\nfrom: 2026-12-10\nuntil: 2026-12-09\n---\n', [{line: 4, severity: 'error', message: '"until" (2026-12-09) is before "from" (2026-12-10); the notice would never show'}]],
	['---\ntitle: A\nfrom: tomorrow\n---\n', [{line: 3, severity: 'error', message: '"from" must be a date or a date and time, such as 2026-12-10 or 2026-12-10T14:00, not "tomorrow"'}]],
	['---\ntitle: A\ncolour: red\n---\n', [{line: 3, severity: 'warning', message: 'unknown key "colour" (known: title, priority, from, until)'}]],
	[`---\ntitle: A\n---\n${'word '.repeat(61)}\n`, [{line: 4, severity: 'warning', message: 'the body has 61 words; a notice is read at a glance, keep it under 60 (or make it a post)'}]],
	['---\ntitle: [a\n---\n', [{line: 2, severity: 'error', message: 'broken front matter: unexpected end of the stream within a flow collection'}]],
	['Parking closed', [{line: 1, severity: 'error', message: 'no front matter (the file must start with a "---" block)'}]],
])('%j', (text, problems) => {
	expect(checkNotice(text, zone)).toEqual(problems);
});
