import type { Claim } from '../../../contract/schema';
import { withPages } from '../../../extract/io/readers/read-document';
import { extractSegmented, segmentText } from '../../../extract/pipeline';

/**
 * `extractDocument` in batches of passages, reporting after each, so the page can show how far a
 * file has got: segmenting once and carrying the seen passages along gives the same claims.
 */
export function extractInBatches(
  name: string, text: string, pages: number[] | null, batch: number, progress: (done: number, total: number) => void
): Claim[] {
  const seg = segmentText(text);
  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  for (let i = 0; i < seg.blocks.length; i += batch) {
    const part = { ...seg, blocks: seg.blocks.slice(i, i + batch), keys: seg.keys.slice(i, i + batch) };
    claims.push(...extractSegmented(name, text, part, { section: '', seen }).claims);
    progress(Math.min(i + batch, seg.blocks.length), seg.blocks.length);
  }
  return withPages(claims, pages);
}
