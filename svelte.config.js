import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR lets the dashboard bench build a 50,000-claim site without touching build/.
    adapter: adapter({ pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build', fallback: undefined, strict: true }),
    paths: { relative: true },
    // The claim contract is shared with the extractor, which runs outside Vite.
    alias: { $contract: 'contract' }
  }
};
