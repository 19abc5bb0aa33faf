import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {clinicYaml, makeContent, postText} from '../helpers/content.js';

const always = `hours:\n${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day}: "00:00-24:00"`).join('\n')}\n`;
const never = 'hours:\n  mon: closed\n';

describe('contact with opening hours', () => {
	test('open all week: the card says so; --json has openNow and the week', () => {
		const content = makeContent({}, clinicYaml + always);
		expect(runCli(['contact', '--content', content]).stdout.split('\n').slice(0, 2)).toEqual(['Test Clinic', 'Open now']);
		const json = JSON.parse(runCli(['contact', '--json', '--content', content]).stdout) as Record<string, unknown>;
		expect(json).toMatchObject({openNow: true, status: 'Open now', closures: []});
		expect((json['hours'] as Record<string, string[]>)['sun']).toEqual(['00:00-24:00']);
		expect(json).not.toHaveProperty('openingHours');
	});

	test('never open: "Closed now", openNow false, no opensAt', () => {
		const content = makeContent({}, clinicYaml + never);
		expect(runCli(['contact', '--content', content]).stdout).toContain('Closed now\n');
		expect(JSON.parse(runCli(['contact', '--json', '--content', content]).stdout)).toMatchObject({openNow: false, status: 'Closed now'});
	});

	test('a broken hours line is one error naming the file', () => {
		const content = makeContent({}, `${clinicYaml}hours:\n  mon: 8 to 5\n`);
		const {stderr, status} = runCli(['contact', '--content', content]);
		expect(status).toBe(1);
		expect(stderr).toBe(`clinic-read: ${path.join(content, 'clinic.yml')}: Monday: "8 to 5" is not "closed" or times such as "08:00-20:00" or "08:00-12:00, 13:00-19:00"\n`);
	});
});

describe('notices and scheduled posts', () => {
	const content = makeContent({
		'welcome.md': postText({title: 'Welcome', date: '2020-01-01', pinned: 'true'}),
		'news.md': postText({title: 'News', date: '2026-01-10'}),
		'later.md': postText({title: 'Later', date: '2099-01-01', show_from: '2099-01-01'}),
		'gone.md': postText({title: 'Gone', date: '2020-06-01', show_until: '2020-07-01'}),
	});
	mkdirSync(path.join(content, 'notices'));
	writeFileSync(path.join(content, 'notices', 'parking.md'), '---\ntitle: Parking lot closed\npriority: urgent\n---\nPark on Main St.\n');
	writeFileSync(path.join(content, 'notices', 'flu.md'), '---\ntitle: Flu shots\n---\n');
	writeFileSync(path.join(content, 'notices', 'old.md'), '---\ntitle: Old news\nuntil: 2020-01-01\n---\n');

	test('notices lists the active ones, urgent first; --json for scripts', () => {
		expect(runCli(['notices', '--content', content])).toEqual({stdout: 'Urgent: Parking lot closed\n  Park on Main St.\n\nNotice: Flu shots\n', stderr: '', status: 0});
		expect(JSON.parse(runCli(['notices', '--json', '--content', content]).stdout).map((notice: {slug: string}) => notice.slug)).toEqual(['parking', 'flu']);
	});

	test('list: pinned first, posts outside their window left out; --all-dates shows them, marked', () => {
		expect(runCli(['list', '--content', content]).stdout).toBe('1  2020-01-01  *  [pinned] Welcome  welcome\n2  2026-01-10  *  News  news\n');
		expect(runCli(['list', '--all-dates', '--content', content]).stdout).toBe([
			'1  2020-01-01  *  [pinned] Welcome  welcome',
			'2  2099-01-01  *  Later  [not shown until 2099-01-01]  later',
			'3  2026-01-10  *  News  news',
			'4  2020-06-01  *  Gone  [not shown since 2020-07-01]  gone',
			'',
		].join('\n'));
		expect(runCli(['read', '3', '--content', content]).status).toBe(1);
	});

	test('check: a future date with show_from is fine; notices are checked', () => {
		const {stdout} = runCli(['check', '--content', content]);
		expect(stdout).toBe('check: 4 posts, 3 notices, 0 errors, 0 warnings\n');
	});

	test('kiosk --tag with a tag no post has is a usage error naming the tags there are', () => {
		const {stderr, status} = runCli(['kiosk', '--tag', 'nosuchtag']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/^clinic-read: no post has the tag "nosuchtag"; the tags are [a-z-]+(, [a-z-]+)+\n$/);
	});
});
