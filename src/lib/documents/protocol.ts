import type { Claim } from '../../../contract/schema';

/** Messages between the page and the extraction worker. */

export type ToWorker =
  | { kind: 'extract'; id: number; name: string; text: string; pages: number[] | null }
  | { kind: 'finish'; id: number; claims: Claim[] };

export type FromWorker =
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'claims'; id: number; claims: Claim[] }
  | { kind: 'failed'; id: number; message: string };
