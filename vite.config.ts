import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.spec.ts', 'tests/golden/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
