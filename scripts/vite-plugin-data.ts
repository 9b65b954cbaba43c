import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { parseClaimsCsv, type ParsedClaims } from '../contract/csv';
import { firstView } from '../src/lib/data/first-view';
import { packClaims } from '../src/lib/data/packed';
import { estimatesFirstView } from '../src/lib/estimates/view';

/**
 * Ships the dataset as static files next to the site rather than inside its JavaScript, so a
 * 50,000-row CSV does not weigh on the page's scripts: data/claims.csv (or the file named by the
 * CLAIMS_CSV environment variable) as it is, the same claims decoded and validated by the schema
 * (data/claims.json, what the site loads), the home page's first view worked out from them
 * (data/first.json, drawn while claims.json is read), and the source documents the claims'
 * offsets point into.
 */
export function claimsData(root = process.cwd()): Plugin {
  const csvPath = () => process.env.CLAIMS_CSV || join(root, 'data/claims.csv');
  const sourcesDir = join(root, 'data/sources');
  const files = (): Record<string, () => string | Buffer> => {
    const out: Record<string, () => string | Buffer> = {};
    const csv = csvPath();
    if (existsSync(csv)) {
      let parsed: ParsedClaims | undefined;
      const claims = () => (parsed ??= parseClaimsCsv(readFileSync(csv, 'utf8')));
      out['data/claims.csv'] = () => readFileSync(csv);
      out['data/claims.json'] = () => JSON.stringify(packClaims(claims()));
      out['data/first.json'] = () => JSON.stringify(firstView(claims().claims, claims().errors));
      out['data/estimates.json'] = () => JSON.stringify(estimatesFirstView(claims().claims));
    }
    if (existsSync(sourcesDir))
      for (const f of readdirSync(sourcesDir)) out[`data/sources/${f}`] = () => readFileSync(join(sourcesDir, f));
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
        const file = files()[decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '')];
        if (!file) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(file());
      });
    },
    generateBundle() {
      if (isSsrBuild) return;
      const all = files();
      if (!all['data/claims.json']) this.warn(`no claims CSV at ${csvPath()}: the site will show an empty dataset`);
      for (const [fileName, read] of Object.entries(all)) {
        const source = read();
        this.emitFile({ type: 'asset', fileName, source });
        // Static hosts serve .gz twins when the browser accepts gzip (as scripts/serve.ts does).
        if (fileName.endsWith('.json')) this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gzipSync(source, { level: 9 }) });
      }
    }
  };
}
