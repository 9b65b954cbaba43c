/// <reference lib="webworker" />
import { finishCorpus } from '../../../extract/corpus';
import type { Claim } from '../../../contract/schema';
import { extractInBatches } from './extract-batches';
import type { FromWorker, ToWorker } from './protocol';
import { saveDocument } from './store';

/**
 * Extracts a reader's documents off the page's thread, with the extractor core the command line
 * runs, and keeps each one in IndexedDB (a failure to store it only loses it on reload).
 */

const BATCH = 200;
const post = (m: FromWorker) => postMessage(m);

async function extract(m: Extract<ToWorker, { kind: 'extract' }>): Promise<Claim[]> {
  const claims = extractInBatches(m.name, m.text, m.pages, BATCH, (done, total) => post({ kind: 'progress', id: m.id, done, total }));
  await saveDocument({ name: m.name, text: m.text, pages: m.pages, claims }).catch(() => undefined);
  return claims;
}

onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    const claims = m.kind === 'extract' ? await extract(m) : finishCorpus(m.claims);
    post({ kind: 'claims', id: m.id, claims });
  } catch (err) {
    post({ kind: 'failed', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
