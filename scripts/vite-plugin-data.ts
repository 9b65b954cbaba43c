import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Ships the dataset as static files next to the site rather than inside its JavaScript, so a
 * 50,000-row CSV does not weigh on the page's scripts: `data/claims.csv` (or the file named by
 * the CLAIMS_CSV environment variable) and the source documents the claims' offsets point into.
 */
export function claimsData(root = process.cwd()): Plugin {
  const csvPath = () => process.env.CLAIMS_CSV || join(root, 'data/claims.csv');
  const sourcesDir = join(root, 'data/sources');
  const files = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (existsSync(csvPath())) out['data/claims.csv'] = csvPath();
    if (existsSync(sourcesDir))
      for (const f of readdirSync(sourcesDir)) out[`data/sources/${f}`] = join(sourcesDir, f);
    return out;
  };
  let isSsrBuild = false;
  return {
    name: 'claimscope-data',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = files()[decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '')];
        if (!path) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      if (isSsrBuild) return;
      const all = files();
      if (!all['data/claims.csv']) this.warn(`no claims CSV at ${csvPath()}: the site will show an empty dataset`);
      for (const [fileName, path] of Object.entries(all))
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
    }
  };
}
