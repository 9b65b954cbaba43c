import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from './write-atomic';

/**
 * A stamp kept beside the extraction's output: a hash of everything the output depends on, and
 * of each output file as written. Whether to extract again is decided from contents, never from
 * file times, which a clone, a checkout or a copy sets to whatever moment it ran.
 */

export const STAMP_PATH = 'data/extraction.json';

/** What the output depends on: the sources, the extractor's code with the contract it writes, and the locked dependencies. */
const INPUTS = ['data/sources', 'extract', 'contract', 'package-lock.json'];
/** Code under the inputs that does not shape the output: scoring and benchmarks. */
const NOT_INPUTS = new Set(['extract/measure']);

const stampSchema = z.object({
  inputs: z.string(),
  /** Each output's path from the root, with the hash of its bytes. */
  outputs: z.record(z.string(), z.string())
});
type Stamp = z.infer<typeof stampSchema>;

/** Files under `rel` (a file or a folder, from `root`), in a fixed order; none if it is missing. */
function filesUnder(root: string, rel: string): string[] {
  const path = join(root, rel);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [rel];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => (NOT_INPUTS.has(`${rel}/${name}`) ? [] : filesUnder(root, `${rel}/${name}`)));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One hash of the inputs' paths and bytes: renaming, adding or removing a file changes it too. */
export function inputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const rel of INPUTS.flatMap((p) => filesUnder(root, p))) {
    const bytes = readFileSync(join(root, rel));
    hash.update(`${rel}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Records the inputs and the `outputs` just written (paths from `root`); call it after writing them. */
export function writeStamp(root: string, outputs: readonly string[]): void {
  const stamp: Stamp = {
    inputs: inputsHash(root),
    outputs: Object.fromEntries(outputs.map((rel) => [rel, sha256(readFileSync(join(root, rel)))]))
  };
  writeAtomic(join(root, STAMP_PATH), [new TextEncoder().encode(`${JSON.stringify(stamp, null, 2)}\n`)]);
}

function readStamp(root: string): Stamp | null {
  try {
    return stampSchema.parse(JSON.parse(readFileSync(join(root, STAMP_PATH), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Why the output under `root` must be extracted again, or null when it is what extracting the
 * current inputs wrote. Outputs are written before the stamp, so a run stopped between the two
 * leaves a stamp that no longer matches them.
 */
export function whyExtract(root: string): string | null {
  const stamp = readStamp(root);
  if (!stamp) return `${STAMP_PATH} is missing or unreadable`;
  if (stamp.inputs !== inputsHash(root)) return 'the sources or the extractor changed since the last extraction';
  for (const [rel, hash] of Object.entries(stamp.outputs)) {
    const path = join(root, rel);
    if (!existsSync(path)) return `${rel} is missing`;
    if (sha256(readFileSync(path)) !== hash) return `${rel} is not what the last extraction wrote`;
  }
  return null;
}
