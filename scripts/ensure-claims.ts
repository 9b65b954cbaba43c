import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Re-runs extraction when data/claims.csv is missing or older than any file in data/sources, so
 * the dashboard is never built over stale claims.
 */
export function claimsAreStale(root = process.cwd()): boolean {
  const csv = join(root, 'data/claims.csv');
  if (!existsSync(csv)) return true;
  const built = statSync(csv).mtimeMs;
  const sources = join(root, 'data/sources');
  return existsSync(sources) && readdirSync(sources).some((f) => statSync(join(sources, f)).mtimeMs > built);
}

export function ensureClaims(root = process.cwd()): void {
  if (!claimsAreStale(root)) return;
  console.log('data/claims.csv is missing or older than data/sources: running extraction');
  const res = spawnSync('npm', ['run', 'extract'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`extraction failed (exit ${res.status})`);
}
