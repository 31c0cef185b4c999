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
		}
		// csrf.checkOrigin is left at its default (on): cross-site form posts are refused with 403.
	}
};

export default config;
