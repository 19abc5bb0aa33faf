import {defineConfig} from 'vitest/config';

export default defineConfig({
	// Tests run React's production build, as the app does (NODE_ENV below): no jsxDEV.
	oxc: {jsx: {runtime: 'automatic', development: false}},
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		setupFiles: ['test/setup.ts'],
		// Stable frames and text: no colour, no OSC 8 links, no CI-mode Ink, and never the real ~/.config.
		env: {FORCE_COLOR: '0', FORCE_HYPERLINK: '0', NODE_ENV: 'production', CI: '0', CONTINUOUS_INTEGRATION: '0'},
		// Safety nets, not timings: a busy 2-core machine runs the pty tests several times slower than an idle one.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
