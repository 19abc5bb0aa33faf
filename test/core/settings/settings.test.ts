import {expect, test} from 'vitest';
import {parse} from 'yaml';
import {parseSettings} from '../../../source/core/settings/settings.js';
import {settingsTemplate} from '../../../source/core/settings/settings-template.js';

const file = '/home/ana/.config/clinic-read/config.yml';

test('every documented key, the kiosk\'s under kiosk:', () => {
	const text = 'content: ~/posts\nwidth: 72\ntheme: light\nlarge: true\nscreenReader: false\nfeed: https://example.com/feed\nkiosk:\n  wpm: 200\n  order: shuffle\n  qr: false\n  quietHours: 20:00-07:00\n';
	expect(parseSettings(text, file)).toEqual({
		settings: {content: '~/posts', width: 72, theme: 'light', large: true, screenReader: false, feed: 'https://example.com/feed', kiosk: {wpm: 200, order: 'shuffle', qr: false, quietHours: '20:00-07:00'}},
		warnings: [],
	});
});

test('an unknown key or a bad value is one warning naming the file, the line and the key; the rest still counts', () => {
	const {settings, warnings} = parseSettings('width: 72\ncolour: red\nkiosk:\n  wpm: fast\n  lock: true\nlarge: yes please\n', file);
	expect(settings).toEqual({width: 72, kiosk: {lock: true}});
	expect(warnings).toEqual([
		`${file}:2: unknown key "colour"; the keys are content, width, theme, large, screenReader, feed`,
		`${file}:6: "large" must be true or false; using the default`,
		`${file}:4: "kiosk.wpm" must be a whole number from 20 to 1000; using the default`,
	]);
});

test('a file that is not YAML, or not keys and values, is one warning and no settings', () => {
	const broken = parseSettings('width: 72\nkiosk: [unclosed\n', file);
	expect(broken.settings).toEqual({});
	expect(broken.warnings).toHaveLength(1);
	expect(broken.warnings[0]).toMatch(new RegExp(`^${file}:\\d+: not valid YAML \\(.+\\); using the defaults$`));
	expect(parseSettings('- a\n- b\n', file).warnings).toEqual([`${file}:1: expected "key: value" lines such as "width: 72"; using the defaults`]);
	expect(parseSettings('', file)).toEqual({settings: {}, warnings: []});
	expect(parseSettings('# only comments\n', file)).toEqual({settings: {}, warnings: []});
});

test('quiet hours and choices are checked as the flags check them', () => {
	expect(parseSettings('kiosk:\n  quietHours: 25:00-07:00\n  order: random\n', file).warnings).toEqual([
		`${file}:2: "kiosk.quietHours" must be two different 24-hour times, such as 20:00-07:00; using the default`,
		`${file}:3: "kiosk.order" must be newest or shuffle; using the default`,
	]);
	expect(parseSettings('theme: sepia\n', file)).toEqual({settings: {}, warnings: [`${file}:1: "theme" must be one of auto, dark, light, high-contrast, mono; using the default`]});
	expect(parseSettings('theme: high-contrast\n', file)).toEqual({settings: {theme: 'high-contrast'}, warnings: []});
});

test('config edit\'s template names every key, commented out; uncommented, each line is a valid setting', () => {
	const template = settingsTemplate();
	expect(parseSettings(template, file)).toEqual({settings: {}, warnings: []});
	const uncommented = template.split('\n').filter(line => line.startsWith('# ') && !line.startsWith('# clinic-read') && !line.startsWith('# Remove')).map(line => line.slice(2).replace(/\s+#.*$/, '')).join('\n');
	const {settings, warnings} = parseSettings(uncommented, file);
	expect(warnings).toEqual([]);
	expect(Object.keys(settings)).toEqual(['content', 'width', 'theme', 'large', 'screenReader', 'feed', 'kiosk']);
	expect(Object.keys(parse(uncommented).kiosk)).toHaveLength(9);
});
