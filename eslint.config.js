import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
	{ignores: ['dist', 'node_modules', 'coverage']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-console': ['error', {allow: ['error']}],
		},
	},
	{
		// The core is pure: no Ink, no React, no process, and nothing from the layers above it (ARCHITECTURE.md).
		files: ['source/core/**'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [
					{name: 'node:process', message: 'core receives what it needs as arguments'},
					{name: 'process', message: 'core receives what it needs as arguments'},
				],
				patterns: [
					{group: ['ink', 'ink-*', 'react', 'react/*'], message: 'core is free of Ink and React'},
					{group: ['**/ui/**', '**/commands/**', '**/io/**', '**/args/**', '**/cli.js', '**/bin.js'], message: 'core imports only core'},
				],
			}],
			'no-restricted-globals': ['error', 'process'],
			'no-restricted-properties': ['error', {object: 'process', message: 'core receives what it needs as arguments'}],
		},
	},
	{
		// Ink components and hooks draw and listen; they never reach up into commands or the entry.
		files: ['source/ui/**'],
		rules: {
			'no-restricted-imports': ['error', {patterns: [{group: ['**/commands/**', '**/args/**', '**/cli.js', '**/bin.js'], message: 'ui imports core and Ink only'}]}],
		},
	},
	{
		// Tests are about control characters as much as the sanitizer is.
		files: ['test/**'],
		rules: {'no-control-regex': 'off'},
	},
	{
		files: ['bench/**/*.js', 'scripts/**/*.js'],
		languageOptions: {globals: {...globals.node}},
		rules: {'no-console': 'off'},
	},
);
