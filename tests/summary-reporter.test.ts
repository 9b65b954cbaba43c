import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The closing summary line must count what Vitest counts as failed: checked by running Vitest
 * with the reporter on a small project of its own, whose files pass, skip, throw while loading,
 * and throw in a hook outside any test.
 */

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'claimscope-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'vitest.config.mjs': `export default { test: { include: ['*.test.ts'], reporters: ['default', ${JSON.stringify(join(ROOT, 'tests/summary-reporter.ts'))}] } };`,
  'fine.test.ts': "import { expect, it } from 'vitest';\nit('adds', () => expect(2 + 3).toBe(5));\nit.skip('is not ready', () => {});",
  'unloadable.test.ts': "import { it } from 'vitest';\nthrow new Error('this file cannot load');\nit('is never collected', () => {});",
  'hook.test.ts': "import { beforeAll, describe, expect, it } from 'vitest';\ndescribe('setup', () => {\n  beforeAll(() => { throw new Error('no fixture'); });\n  it('needs the fixture', () => expect(true).toBe(true));\n});"
};

function runVitest(files: string[]) {
  const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  });
  const lines = res.stdout.trim().split('\n');
  return { status: res.status, last: lines[lines.length - 1], output: res.stdout + res.stderr };
}

describe('the summary reporter', () => {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

  it('counts a file that fails to load and a failing hook as failures, and the run exits non-zero', () => {
    const run = runVitest([]);
    expect(run.output).toContain('this file cannot load');
    expect(run.last).toBe('1 passed, 2 failed, 2 skipped');
    expect(run.status).toBe(1);
  });

  it('reports no failure, and exits 0, when every file loads and passes', () => {
    const run = runVitest(['fine.test.ts']);
    expect(run.last).toBe('1 passed, 0 failed, 1 skipped');
    expect(run.status).toBe(0);
  });
});
