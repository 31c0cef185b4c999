import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: { allowDefaultProject: ['drizzle.config.ts', 'playwright.config.ts'] },
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			// Types already catch undefined names, and this rule misfires on TypeScript globals.
			'no-undef': 'off',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The generator is a pure core: text in, questions out. No framework, no database, no I/O.
		files: ['src/lib/generator/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$app', '$app/*'], message: 'The generator is pure: no SvelteKit runtime.' },
						{ group: ['$env', '$env/*'], message: 'The generator is pure: no environment.' },
						{
							group: ['$lib/server', '$lib/server/*'],
							message: 'The generator is pure: no server code.'
						},
						{ group: ['svelte', 'svelte/*'], message: 'The generator is pure: no Svelte.' },
						{
							group: ['drizzle-orm', 'drizzle-orm/*'],
							message: 'The generator is pure: no database.'
						},
						{
							group: ['@libsql/client', '@libsql/*'],
							message: 'The generator is pure: no database.'
						},
						{
							group: ['node:*', 'fs', 'path', 'http', 'https'],
							message: 'The generator is pure: no I/O.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
