/// <reference lib="webworker" />
import { finishCorpus } from '../../../extract/corpus';
import { withPages } from '../../../extract/io/readers/read-document';
import { extractSegmented, segmentText } from '../../../extract/pipeline';
import type { Claim } from '../../../contract/schema';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Extracts a reader's documents off the page's thread, with the extractor core the command line
 * runs. The passages are extracted in batches so the page can show how far each file has got;
 * segmenting once and carrying the seen passages along gives what `extractDocument` gives.
 */

const BATCH = 200;
const post = (m: FromWorker) => postMessage(m);

function extract(id: number, name: string, text: string, pages: number[] | null): Claim[] {
  const seg = segmentText(text);
  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  for (let i = 0; i < seg.blocks.length; i += BATCH) {
    const part = { ...seg, blocks: seg.blocks.slice(i, i + BATCH), keys: seg.keys.slice(i, i + BATCH) };
    claims.push(...extractSegmented(name, text, part, { section: '', seen }).claims);
    post({ kind: 'progress', id, done: Math.min(i + BATCH, seg.blocks.length), total: seg.blocks.length });
  }
  return withPages(claims, pages);
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    const claims = m.kind === 'extract' ? extract(m.id, m.name, m.text, m.pages) : finishCorpus(m.claims);
    post({ kind: 'claims', id: m.id, claims });
  } catch (err) {
    post({ kind: 'failed', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
