import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { claimsData } from './scripts/vite-plugin-data';

export default defineConfig({
  plugins: [sveltekit(), claimsData()],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000
  }
});
