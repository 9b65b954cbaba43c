import { spawnSync } from 'node:child_process';
import { whyExtract } from '../extract/io/extraction-stamp';

/**
 * Extracts again when the sources, the extractor or its output differ from what the stamp beside
 * the output records, so the dashboard is never built over stale claims and a fresh clone of a
 * consistent repository rewrites nothing. True when it extracted.
 */
export function ensureClaims(root = process.cwd()): boolean {
  const why = whyExtract(root);
  if (why === null) return false;
  console.log(`${why}: running extraction`);
  const res = spawnSync('npm', ['run', 'extract'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`extraction failed (exit ${res.status})`);
  return true;
}
