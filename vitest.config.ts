import {defineConfig} from 'vitest/config';

export default defineConfig({
	// Tests run React's production build, as the app does (NODE_ENV below): no jsxDEV.
	oxc: {jsx: {runtime: 'automatic', development: false}},
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		setupFiles: ['test/setup.ts'],
		// Stable frames and text: no colour, no OSC 8 links, no CI-mode Ink, and never the real ~/.config.
		env: {FORCE_COLOR: '0', FORCE_HYPERLINK: '0', NODE_ENV: 'production'},
		testTimeout: 20_000,
		hookTimeout: 30_000,
	},
});
