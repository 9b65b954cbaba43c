import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { claimsData } from './scripts/vite-plugin-data';

export default defineConfig({
  plugins: [sveltekit(), claimsData()],
  test: {
    testTimeout: 60_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] }
      },
      {
        // Browser tests drive Chromium against the built static site, built once per run.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          hookTimeout: 300_000,
          testTimeout: 120_000
        }
      }
    ]
  }
});
