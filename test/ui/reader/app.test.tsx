import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {createArticleCache} from '../../../source/core/render/article-cache.js';
import {renderPlainArticle} from '../../../source/core/render/article.js';
import {createMemoryStore, type ReadStateStore} from '../../../source/core/marks/conf-store.js';
import {helpRows} from '../../../source/core/reader/keymap.js';
import {App} from '../../../source/ui/reader/app.js';
import {fakePost} from '../../helpers/content.js';
import {keys, press, settle} from '../../helpers/press.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};
const longBody = Array.from({length: 60}, (_, index) => `Paragraph number ${index + 1} of the article.`).join('\n\n');
const posts = [
	fakePost('arthritis', {title: 'Arthritis care', date: '2026-01-25', tags: ['arthritis'], body: longBody, summary: 'How movement eases stiff joints.'}),
	fakePost('back-pain', {title: 'Back pain basics', date: '2026-01-18'}),
	fakePost('calf-strain', {title: 'Calf strain recovery', date: '2026-01-10', tags: ['injury-recovery']}),
	...Array.from({length: 12}, (_, index) => fakePost(`extra-${index}`, {title: `Extra post ${index}`, date: '2025-01-01'})),
];

function setup(options: {width?: number; height?: number; initialSlug?: string; read?: string[]; store?: ReadStateStore} = {}) {
	const store = options.store ?? createMemoryStore(options.read);
	const setRead = vi.spyOn(store, 'setRead');
	const articles = createArticleCache((post, width) => renderPlainArticle({post, clinic}, width));
	const instance = render(<App posts={posts} clinic={clinic} store={store} articles={articles} width={options.width ?? 80} height={options.height ?? 20} {...(options.initialSlug ? {initialSlug: options.initialSlug} : {})} />);
	return {instance, store, setRead};
}

const frameLines = (frame: string) => frame.split('\n');

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
});

describe('the list screen', () => {
	test('shows the clinic, the unread count, the posts newest first and the highlighted summary', async () => {
		const {instance} = setup({read: ['back-pain']});
		cleanup = instance.unmount;
		await settle();
		const frame = instance.lastFrame()!;
		expect(frameLines(frame)[0]).toMatch(/^Test Clinic\s+14 unread · 15 posts$/);
		expect(frame).toMatch(/❯ ● 2026-01-25 {2}Arthritis care/);
		expect(frame).toMatch(/ {4}2026-01-18 {2}Back pain basics/);
		expect(frame).toContain('How movement eases stiff joints.');
		expect(frame).toContain('#arthritis');
		expect(frameLines(frame).length).toBeLessThanOrEqual(20);
	});

	test('moves with j and counts every key of a burst', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		expect(await press(instance, 'j')).toMatch(/❯ ● 2026-01-18 {2}Back pain basics/);
		expect(await press(instance, 'jjjj')).toMatch(/❯ ● 2025-01-01 {2}Extra post 2/);
	});

	test('shows only the rows that fit and scrolls to keep the selection in view', async () => {
		const {instance} = setup({height: 14});
		cleanup = instance.unmount;
		await settle();
		expect(instance.lastFrame()).not.toContain('Extra post 11');
		const frame = await press(instance, 'G');
		expect(frame).toMatch(/❯ ● 2025-01-01 {2}Extra post 11/);
		expect(frame).not.toContain('Arthritis care');
		expect(frameLines(frame).length).toBeLessThanOrEqual(14);
	});

	test('filters as you type and clears with Esc', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, '/');
		const frame = await press(instance, 'calf');
		expect(frame).toContain('/calf');
		expect(frame).toContain('1 of 15');
		expect(frame).toContain('Calf strain recovery');
		expect(frame).not.toContain('Arthritis care');
		expect(await press(instance, keys.escape)).toContain('Arthritis care');
	});

	test('m toggles read and saves at once', async () => {
		const {instance, setRead} = setup();
		cleanup = instance.unmount;
		await settle();
		expect(await press(instance, 'm')).toMatch(/14 unread/);
		expect(setRead).toHaveBeenLastCalledWith(['arthritis'], true);
		await press(instance, 'm');
		expect(setRead).toHaveBeenLastCalledWith(['arthritis'], false);
	});

	test('c shows the contact card and ? the keys, from the keymap', async () => {
		const {instance} = setup({height: 24});
		cleanup = instance.unmount;
		await settle();
		const contact = await press(instance, 'c');
		expect(contact).toContain('905-555-0100');
		expect(contact).toContain('Book online');
		await press(instance, 'x');
		const help = await press(instance, '?');
		expect(help).toContain('Keys in the list');
		expect(help).toMatch(/\/\s+filter by title, tag or text/);
	});

	// The reader draws every row of the terminal, so its height is the terminal's rows, and so are the sizes it names.
	test('a terminal too small gets a message naming the smallest size that reads and the size it is', async () => {
		const {instance} = setup({width: 30, height: 8});
		cleanup = instance.unmount;
		await settle();
		expect(instance.lastFrame()?.replaceAll(/\s+/g, ' ')).toContain('Make the terminal at least 40×12 to read (now 30×8).');
	});
});

describe('the article screen', () => {
	test('Enter opens the post, marks it read at once and shows the status bar', async () => {
		const {instance, setRead} = setup();
		cleanup = instance.unmount;
		await settle();
		const frame = await press(instance, keys.enter);
		expect(setRead).toHaveBeenCalledWith(['arthritis'], true);
		expect(frameLines(frame)[0]).toContain('Arthritis care');
		expect(frame).toContain('Paragraph number 1 of');
		expect(frameLines(frame).at(-1)).toMatch(/Arthritis care\s+\d+%\s+\? help\s*$/);
		expect(frameLines(frame).length).toBeLessThanOrEqual(20);
	});

	test('scrolls by line and page, and G goes to the end', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		expect(await press(instance, 'jjj')).not.toContain('Arthritis care\n');
		const end = await press(instance, 'G');
		expect(end).toContain('Test Clinic - 905-555-0100 - Book online');
		expect(end).toMatch(/100%/);
		const top = await press(instance, 'g');
		expect(frameLines(top)[0]).toContain('Arthritis care');
	});

	test('/ searches, counts and jumps between matches', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		await press(instance, '/');
		await press(instance, 'number 3');
		const frame = await press(instance, keys.enter);
		expect(frame).toMatch(/match 1\/11/);
		expect(frameLines(frame)[0]).toContain('Paragraph number 3 of');
		expect(await press(instance, 'n')).toMatch(/match 2\/11/);
	});

	test('q goes back to the list, where the post is now read; reopening returns to the same place', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		await press(instance, 'fff');
		const before = instance.lastFrame();
		const list = await press(instance, 'q');
		expect(list).toMatch(/❯ {3}2026-01-25 {2}Arthritis care/);
		expect(list).toMatch(/14 unread/);
		expect(await press(instance, keys.enter)).toBe(before);
	});

	test('the place is saved on leaving and a restart opens the post there', async () => {
		const {instance, store} = setup();
		const setPosition = vi.spyOn(store, 'setPosition');
		await settle();
		await press(instance, keys.enter);
		const before = await press(instance, 'fff');
		await press(instance, 'q');
		instance.unmount();
		expect(setPosition).toHaveBeenCalledWith('arthritis', expect.any(Number));
		expect(store.position('arthritis')).toBeGreaterThan(0);
		const restarted = setup({store});
		cleanup = restarted.instance.unmount;
		await settle();
		expect(await press(restarted.instance, keys.enter)).toBe(before);
	});

	test('] opens the next post', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		expect(await press(instance, ']')).toContain('Back pain basics');
	});

	test('starting on a post shows it first', async () => {
		const {instance, setRead} = setup({initialSlug: 'calf-strain'});
		cleanup = instance.unmount;
		await settle();
		expect(instance.lastFrame()).toContain('Calf strain recovery');
		expect(setRead).toHaveBeenCalledWith(['calf-strain'], true);
	});
});

test('the footer keeps c contact, ? help and q quit however narrow, dropping other hints first', async () => {
	const {instance} = setup({width: 50});
	cleanup = instance.unmount;
	await settle();
	const footer = instance.lastFrame()!.split('\n').at(-1)!;
	expect(footer).toMatch(/c contact {2}\? help {2}q quit$/);
	expect(footer.length).toBeLessThanOrEqual(50);
	expect(footer).toContain('j down');
});

describe('rows measured in display columns', () => {
	const wide = [
		fakePost('cjk', {title: '膝の痛みと理学療法：階段を楽に上るための毎日の運動とストレッチの完全ガイド', date: '2026-02-01'}),
		fakePost('emoji', {title: '🏃‍♀️ Running again 🦵 after a knee injury 💪 — a long title that keeps on going and going', date: '2026-01-31'}),
		...posts,
	];

	test.each([40, 57, 80])('CJK and emoji titles never wrap a row at %i columns', async width => {
		const store = createMemoryStore();
		const articles = createArticleCache((post, columns) => renderPlainArticle({post, clinic}, columns));
		const instance = render(<App posts={wide} clinic={clinic} store={store} articles={articles} width={width} height={20} />);
		cleanup = instance.unmount;
		await settle();
		const lines = frameLines(instance.lastFrame()!);
		expect(lines[0]).toMatch(/^Test Clinic\s+\d+ unread/);
		expect(lines[2]).toMatch(/2026-02-01 {2}膝/);
		expect(lines[3]).toMatch(/2026-01-31 {2}🏃/);
		expect(lines[4]).toMatch(/Arthritis care/);
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(width);
		}
	});

	test('a filter longer than the screen keeps the prompt on one row, its end in view', async () => {
		const {instance} = setup({width: 50});
		cleanup = instance.unmount;
		await settle();
		await press(instance, '/');
		const frame = await press(instance, 'a very long query that goes on well past the edge of the screen');
		const lines = frameLines(frame);
		expect(lines[2]).toMatch(/^\/….*edge of the screen \s+0 of 15$/);
		expect(lines[0]).toMatch(/^Test Clinic/);
		expect(lines.length).toBeLessThanOrEqual(20);
	});

	test('at 40 columns the header shortens its detail instead of running into the name', async () => {
		const store = createMemoryStore();
		const articles = createArticleCache((post, columns) => renderPlainArticle({post, clinic}, columns));
		const instance = render(<App posts={posts} clinic={{...clinic, name: 'Delta Physiotherapy & Rehab'}} store={store} articles={articles} width={40} height={12} />);
		cleanup = instance.unmount;
		await settle();
		expect(frameLines(instance.lastFrame()!)[0]).toBe('Delta Physiotherapy & Rehab    15 unread');
	});
});

describe('saying why', () => {
	test('o on a post without a web address says so in the status bar', async () => {
		const {instance} = setup();
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		expect(frameLines(await press(instance, 'o')).at(-1)).toMatch(/no web address/);
	});

	test('behind "too small" keys do nothing; q still quits', async () => {
		const {instance, setRead} = setup({width: 30, height: 8});
		cleanup = instance.unmount;
		await settle();
		await press(instance, `${keys.enter}m`);
		expect(setRead).not.toHaveBeenCalled();
		expect(instance.lastFrame()).toMatch(/Make the terminal/);
	});

	test('every key of the article help is reachable at 80×24', async () => {
		const {instance} = setup({width: 80, height: 23});
		cleanup = instance.unmount;
		await settle();
		await press(instance, keys.enter);
		const first = await press(instance, '?');
		expect(first).toMatch(/↓ \d+ more/);
		const last = await press(instance, 'G');
		for (const [, help] of helpRows('article')) {
			expect(`${first}\n${last}`).toContain(help);
		}
	});
});

describe('while the article renderer loads (just after the first frame)', () => {
	test('keys wait, in order, and apply once it is there: Enter then j opens the second post', async () => {
		const store = createMemoryStore();
		const articles = createArticleCache((post, width) => renderPlainArticle({post, clinic}, width));
		const props = {posts, clinic, store, width: 80, height: 20} as const;
		const instance = render(<App {...props} articles={undefined} />);
		cleanup = instance.unmount;
		await settle();
		instance.stdin.write('j');
		await settle();
		instance.stdin.write('\r');
		await settle();
		expect(instance.lastFrame()).toMatch(/❯ ● 2026-01-25 {2}Arthritis care/);
		instance.rerender(<App {...props} articles={articles} />);
		await settle();
		const frame = instance.lastFrame()!;
		expect(frame).toContain('Back pain basics');
		expect(frame).not.toContain('Arthritis care');
		expect(frame).toMatch(/Body of back-pain\./);
	});
});
