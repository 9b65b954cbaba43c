/// <reference lib="webworker" />
import Papa from 'papaparse';
import { validateRecords } from '../csv';
import type { ChunkResult } from './split';

/** Parses and validates one chunk of a claims CSV (header line included) off the main thread. */
self.onmessage = (e: MessageEvent<string>) => {
  const res = Papa.parse<Record<string, string>>(e.data, { header: true, skipEmptyLines: true });
  const parsed = validateRecords(res.data, res.meta.fields);
  const structural = res.errors.map((err) => ({ row: (err.row ?? 0) + 2, column: '', reason: err.message }));
  const result: ChunkResult = {
    claims: parsed.claims,
    errors: [...structural, ...parsed.errors],
    records: res.data.length
  };
  self.postMessage(result);
};
