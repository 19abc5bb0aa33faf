import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {createArticleCache} from '../../../source/core/render/article-cache.js';
import {renderPlainArticle} from '../../../source/core/render/article.js';
import {createConfStore} from '../../../source/core/marks/conf-store.js';
import {App} from '../../../source/ui/reader/app.js';
import {saveRetryMs} from '../../../source/ui/reader/use-save-status.js';
import {fakePost, temporaryDirectory} from '../../helpers/content.js';
import {lockOwner} from '../../helpers/lock.js';
import {press, settle} from '../../helpers/press.js';

const clinic = {name: 'Test Clinic', phone: '905-555-0100', city: 'Mississauga', booking: 'Book online'};
const posts = [fakePost('arthritis', {title: 'Arthritis care'}), fakePost('back-pain', {title: 'Back pain basics'})];

afterEach(() => {
	vi.useRealTimers();
});

describe('the reader when read marks cannot be saved', () => {
	test('says so on a line that stays, tries again, and clears the line once the save works', async () => {
		vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
		const parent = temporaryDirectory();
		const directory = path.join(parent, 'config');
		// A file where the folder should be: every save fails, even for root.
		writeFileSync(directory, 'in the way');
		const store = createConfStore(directory, () => undefined, lockOwner, {timeoutMs: 100, staleMs: 10_000});
		const articles = createArticleCache((post, width) => renderPlainArticle({post, clinic}, width));
		const instance = render(<App posts={posts} clinic={clinic} store={store} articles={articles} width={100} height={20} />);
		await settle();
		const article = await press(instance, '\r');
		expect(article.split('\n').at(-1)).toMatch(/Read marks not saved: a file is in the way of the folder \(EEXIST\); retrying · \/tmp/);
		// Later frames (scrolling, going back) keep it.
		expect((await press(instance, 'q')).split('\n').at(-1)).toMatch(/Read marks not saved: a file/);
		await press(instance, 'j');
		expect(instance.lastFrame()!.split('\n').at(-1)).toMatch(/Read marks not saved/);

		rmSync(directory);
		mkdirSync(directory);
		vi.advanceTimersByTime(saveRetryMs);
		await settle();
		expect(instance.lastFrame()).not.toMatch(/not saved/);
		expect(createConfStore(directory, () => undefined, lockOwner).isRead('arthritis')).toBe(true);
		instance.unmount();
	});
});
