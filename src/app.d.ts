// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  interface Window {
    /** Set by the page's first script (src/app.html): the built-in claims' JSON, read in a worker. */
    __claims?: Promise<{ bytes: ArrayBuffer } | { error: string }>;
    /** Set by the same script when the URL has no query: the home page's first view, or null. */
    __firstView?: Promise<import('$lib/data/first-view').PackedFirstView | null>;
  }
}
export {};
