import {kioskKeys, settingKeys} from './settings.js';

const examples: Readonly<Record<string, string>> = {
	content: '~/clinic-content', width: '72', theme: 'auto', large: 'false', screenReader: 'false', feed: 'https://example.com/blog/feed',
	wpm: '180', minSeconds: '10', maxSeconds: '90', order: 'newest', tag: 'arthritis', qr: 'true', lock: 'false',
	statusFile: '/run/clinic-kiosk/status.json', quietHours: '20:00-07:00',
};

/** What `config edit` writes when there is no file yet: every key, commented out, with what it does. */
export function settingsTemplate(): string {
	const line = (name: string, about: string, indent = '') => {
		const setting = `${indent}${name}: ${examples[name] ?? ''}`;
		return `# ${setting.padEnd(44)}# ${about}`;
	};
	return [
		'# clinic-read settings. Flags win over the environment (CLINIC_READ_CONTENT, ...), which wins over this file.',
		'# Remove the "# " before a key to set it.',
		...Object.entries(settingKeys).map(([name, key]) => line(name, key.about)),
		`# ${'kiosk:'.padEnd(44)}# The waiting-room display's defaults`,
		...Object.entries(kioskKeys).map(([name, key]) => line(name, key.about, '  ')),
		'',
	].join('\n');
}
