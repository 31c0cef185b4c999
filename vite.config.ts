import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [
			'src/**/*.{test,spec}.ts',
			'tests/unit/**/*.test.ts',
			'tests/integration/**/*.test.ts'
		],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000
	}
});
