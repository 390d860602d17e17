import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'test-results/', 'playwright-report/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better than ESLint can.
			'no-undef': 'off',
			// Links go through Paraglide's localizeHref (language prefix), not Kit's resolve().
			'svelte/no-navigation-without-resolve': 'off',
			// svelte-check reports some warnings (a11y_autofocus) that this rule does not see.
			'svelte/no-unused-svelte-ignore': 'off'
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
		// $lib/server holds what must never reach the browser; components and the pure engine do not
		// import from it, not even types (a type import today becomes a value import tomorrow).
		files: ['**/*.svelte', '**/*.svelte.ts', 'src/lib/components/**', 'src/lib/quiz/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*'],
							message: 'Components and the engine must not import from $lib/server.'
						}
					]
				}
			]
		}
	}
);
