// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  interface Window {
    /** Set by the page's first script (src/app.html): the built-in claims' JSON, read in a worker. */
    __claims?: Promise<{ bytes: ArrayBuffer } | { error: string }>;
  }
}
export {};
