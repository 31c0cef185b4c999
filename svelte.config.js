import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere, so no component can silently fall back to Svelte 4 semantics.
		runes: true
	},
	kit: {
		adapter: adapter(),
		// A strict Content-Security-Policy: SvelteKit adds a fresh nonce to each inline script it
		// writes, so no other inline script runs. Everything else comes from this origin only.
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer carries one fixed style attribute
				// (https://github.com/sveltejs/kit/issues/11993): allow exactly that one, by its hash.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['none'],
				'object-src': ['none'],
				'frame-ancestors': ['none']
			}
		},
		// Cross-site form posts are still refused with 403, by the same check in src/hooks.server.ts
		// (src/lib/server/csrf.ts), which answers with a page that says why and what to set instead
		// of SvelteKit's bare line of text. '*' is SvelteKit 2's way to turn its own check off.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
