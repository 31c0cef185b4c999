import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Options for no-restricted-imports that allow, of the generator, only its `light` modules (which
 * load no NLP library; paths inside the generator, "stages/1-normalize") and type imports, plus
 * any `more` patterns. A regular expression, since gitignore-style groups cannot let a file of a
 * folder back in once the folder is left out.
 * @param {string[]} light
 * @param {string} message
 * @param {...{ group: string[]; message: string }} more
 */
function generatorOnly(light, message, ...more) {
	return {
		paths: [{ name: '$lib/generator', allowTypeImports: true, message }],
		patterns: [
			...more,
			{
				regex: `^\\$lib/generator/(?!(${light.join('|')})$)`,
				allowTypeImports: true,
				message
			}
		]
	};
}

/**
 * The generator's modules the server may import statically (no NLP library behind them: a test,
 * tests/unit/import-cycles.test.ts, walks their imports), and those routes and components may.
 */
export const SERVER_LIGHT = [
	'random',
	'version',
	'input',
	'skills',
	'stages/1-normalize',
	'well-formed'
];
export const ROUTE_LIGHT = ['random', 'version', 'skills'];

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
		// Its hardest logic reads as named steps: a function over 80 lines is split (or a table).
		files: ['src/lib/generator/**'],
		rules: {
			'max-lines-per-function': ['error', { max: 80 }],
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
		// Routes, components and the shared quiz rules reach the database and the generator only
		// through $lib/server's modules: the layers point down (README, Architecture).
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/quiz/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				generatorOnly(
					ROUTE_LIGHT,
					'No NLP here: the generator runs in $lib/server (question-writer.ts).',
					{
						group: [
							'drizzle-orm',
							'drizzle-orm/*',
							'@libsql/*',
							'$lib/server/db',
							'$lib/server/db/*'
						],
						message: 'No SQL here: call a $lib/server module.'
					}
				)
			]
		}
	},
	{
		// The server loads the generator only where it writes questions, and then lazily (an
		// \`import()\`): compromise's lexicon is tens of megabytes a server serving quizzes never needs.
		files: ['src/lib/server/**'],
		ignores: ['src/lib/server/generation-worker.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				generatorOnly(
					SERVER_LIGHT,
					'Load the generator with import() where questions are written (question-writer.ts).'
				)
			]
		}
	},
	{
		// The time comes from one place: `now` is a parameter of every server function that writes,
		// passed from clock.now(event) in routes, so tests pin it and browser tests move it.
		files: ['src/lib/server/**', 'src/routes/**', 'src/hooks.server.*'],
		ignores: [
			'src/lib/server/clock.ts',
			'src/lib/server/housekeeping.ts',
			'src/lib/server/question-writer.ts'
		],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Take `now` as a parameter (in a route: clock.now(event)).'
				}
			]
		}
	},
	{
		// Vitest runs the files of a worker in one module graph (`isolate: false`, vite.config.ts): a
		// mocked module or a stubbed global would leak into the files after it.
		files: ['tests/unit/**', 'tests/integration/**', 'src/**/*.test.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				...['mock', 'doMock', 'stubEnv', 'stubGlobal'].map((property) => ({
					object: 'vi',
					property,
					message:
						'Test files share modules (isolate: false in vite.config.ts): pass what differs as a parameter instead.'
				}))
			]
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
