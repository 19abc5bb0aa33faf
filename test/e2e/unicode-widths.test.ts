import {describe, expect, test} from 'vitest';
import {makeContent, postText} from '../helpers/content.js';
import {spawnScreen} from '../helpers/pty.js';

// Titles whose width a naive count gets wrong: soft hyphens and zero-width spaces (no cell, or one, depending on who
// counts), Devanagari and Thai (marks that take a cell of their own), emoji joined by ZWJ into one picture.
const titles = {
	shy: 'Knee\u00ADcare re\u00ADha\u00ADbil\u00ADi\u00ADta\u00ADtion and phys\u00ADio\u00ADther\u00ADa\u00ADpy ex\u00ADer\u00ADcis\u00ADes for ev\u00ADery\u00ADday walking',
	zwsp: 'Zero\u200Bwidth\u200Bspaces\u200Bbetween\u200Bevery\u200Bword\u200Bof\u200Bthis\u200Btitle\u200Bthat\u200Bruns\u200Bquite\u200Blong',
	hindi: 'घुटने के दर्द के लिए फिजियोथेरेपी व्यायाम और सलाह हिंदी में पढ़ें और समझें',
	thai: 'กายภาพบำบัดสำหรับอาการปวดเข่าและการออกกำลังกายที่บ้านทุกวันสำหรับผู้สูงอายุ',
	zwj: 'Family 👨‍👩‍👧‍👦 health 👩🏽‍⚕️ tips 🏳️‍🌈 and 🧑‍🤝‍🧑 together for everyone at the clinic today',
};
const body = 'A line with zero\u200Bwidth\u200Bspaces and soft\u00ADhyphens and more words until it wraps near the end of the line, so the last words show.';
const content = makeContent(Object.fromEntries(Object.entries(titles).map(([slug, title]) => [`${slug}.md`, postText({title: JSON.stringify(title), date: '2026-01-01'}, body)])));

describe.each(Object.keys(titles))('a title with %s', slug => {
	test('the pager keeps its title row and a status bar of one row', async () => {
		const screen = spawnScreen(['read', slug, '--content', content], {columns: 80, rows: 24});
		const text = await screen.waitFor('? help');
		const rows = text.split('\n');
		// The status bar is the bottom row, whole: nothing wrapped onto a row of its own, nothing pushed off the top.
		expect(rows.at(-1)).toMatch(/^ \S.*100% {2}\? help ?$/);
		expect(rows.filter(row => row.includes('? help') || /^\S{1,4} ?$/.test(row))).toHaveLength(1);
		// No letter lost at a line's end: the title and the body read whole (the invisible characters left out).
		const shown = rows.map(row => row.trim()).join(' ').replaceAll(/ +/g, ' ');
		const visible = (value: string) => value.replaceAll(/[\u00AD\u200B]/g, '');
		expect(rows[0]!.trim().slice(0, 4)).toBe(titles[slug as keyof typeof titles].slice(0, 4));
		expect(shown).toContain(visible(titles[slug as keyof typeof titles]));
		expect(shown).toContain(visible(body));
		screen.write('q');
		expect((await screen.exited).exitCode).toBe(0);
	});
});

describe('a clinic name longer than the kiosk header', () => {
	const names = {
		latin: 'Delta Physiotherapy, Sports Injury, Massage Therapy and Rehabilitation Centre of Greater Mississauga and Brampton',
		hindi: 'डेल्टा फिजियोथेरेपी और पुनर्वास केंद्र मिसिसॉगा ब्रैम्पटन और आसपास के सभी क्षेत्रों के लिए खेल चोट और मालिश',
	};
	test.each(Object.entries(names))('%s: cut on its row, the clock kept, the rule and the byline in place', async (_kind, name) => {
		const clinic = `name: ${JSON.stringify(name)}\nphone: 905-555-0100\ncity: Mississauga\nbooking: Book online\n`;
		const kiosk = makeContent({'knee.md': postText({title: 'Knee care', date: '2026-01-01', author: 'A. Writer'}, body)}, clinic);
		const screen = spawnScreen(['kiosk', '--content', kiosk, '--no-qr'], {columns: 80, rows: 24});
		const text = await screen.waitFor('A. Writer');
		const rows = text.split('\n');
		// The kiosk moves its frame a cell now and then (burn-in): find the header by its clock.
		const header = rows.findIndex(row => /\d\d:\d\d$/.test(row));
		expect(header).toBeGreaterThanOrEqual(0);
		expect(rows[header]).toMatch(/…\s+\d\d:\d\d$/);
		expect(rows[header]!.trim().slice(0, 4)).toBe(name.slice(0, 4));
		expect(rows[header + 1]!.trim()).toMatch(/^─{79}$/);
		expect(rows.filter(row => row.includes('A. Writer'))).toHaveLength(1);
		screen.kill('SIGTERM');
		expect((await screen.exited).exitCode).toBe(0);
	});
});
