import { NotText, openChunk, type ChunkBase, type ChunkDone, type ChunkHead, type ChunkTask, type OpenChunk } from './read-chunk';
import { InputError } from '../errors';

/** Runs chunks' two steps, one chunk at a time, here; workers.ts runs them on a worker thread. */

export interface ChunkRunner {
  open(task: ChunkTask): Promise<ChunkHead>;
  finish(base: ChunkBase): Promise<ChunkDone>;
  close(): Promise<unknown>;
}

export type ToWorker = { kind: 'open'; task: ChunkTask } | { kind: 'finish'; base: ChunkBase };

/** An error as it crosses between threads. */
export type ThreadError =
  | { kind: 'not-text' | 'internal'; message: string }
  | { kind: 'input'; reason: string; file: string | undefined; line: number | undefined };

export type FromWorker = { kind: 'head'; head: ChunkHead } | { kind: 'done'; done: ChunkDone } | { kind: 'error'; error: ThreadError };

export function inProcess(): ChunkRunner {
  let current: OpenChunk | null = null;
  return {
    open: async (task) => (current = openChunk(task)).head,
    finish: async (base) => {
      const chunk = current!;
      current = null;
      return chunk.finish(base);
    },
    close: async () => undefined
  };
}

export function toThreadError(e: unknown): ThreadError {
  if (e instanceof NotText) return { kind: 'not-text', message: e.message };
  if (e instanceof InputError) return { kind: 'input', reason: e.reason, file: e.file, line: e.line };
  return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

export function fromThreadError(e: ThreadError): Error {
  if (e.kind === 'input') return new InputError(e.reason, e.file, e.line);
  return e.kind === 'not-text' ? new NotText(e.message) : new Error(`extraction worker failed: ${e.message}`);
}
