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
		adapter: adapter()
	}
};

export default config;
