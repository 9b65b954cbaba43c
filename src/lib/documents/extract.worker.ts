/// <reference lib="webworker" />
import { finishCorpus } from '../../../extract/corpus';
import { extractInBatches } from './extract-batches';
import type { FromWorker, ToWorker } from './protocol';

/** Extracts a reader's documents off the page's thread, with the extractor core the command line runs. */

const BATCH = 200;
const post = (m: FromWorker) => postMessage(m);

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    const claims =
      m.kind === 'extract'
        ? extractInBatches(m.name, m.text, m.pages, BATCH, (done, total) => post({ kind: 'progress', id: m.id, done, total }))
        : finishCorpus(m.claims);
    post({ kind: 'claims', id: m.id, claims });
  } catch (err) {
    post({ kind: 'failed', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
