/// <reference lib="webworker" />
import Papa from 'papaparse';
import { validateRecords } from '../../../contract/csv';
import { byteCuts, type WorkerMessage, type WorkerRequest } from './split';

/** Claims per message: small enough that unpacking one never blocks the page for long. */
const BATCH = 2000;

const post = (m: WorkerMessage) => self.postMessage(m);

/** Parses and validates one piece of a claims CSV off the main thread, sending claims in batches. */
function parse(text: string) {
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const parsed = validateRecords(res.data, res.meta.fields);
  const structural = res.errors.map((err) => ({ row: (err.row ?? 0) + 2, column: '', reason: err.message }));
  for (let i = 0; i < parsed.claims.length; i += BATCH) post({ kind: 'claims', claims: parsed.claims.slice(i, i + BATCH) });
  post({ kind: 'done', errors: [...structural, ...parsed.errors], records: res.data.length });
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  if (req.kind === 'cut') post({ kind: 'cuts', ...byteCuts(new Uint8Array(await req.file.arrayBuffer()), req.parts) });
  else parse((await req.header.text()) + (await req.body.text()));
};
