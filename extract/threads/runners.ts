import { NotText, openChunk, type ChunkBase, type ChunkDone, type ChunkHead, type ChunkTask, type OpenChunk } from './read-chunk';
import { InputError } from '../io/read-source';

/** Runs chunks' two steps, one chunk at a time, here; workers.ts runs them on a worker thread. */

export interface ChunkRunner {
  open(task: ChunkTask): Promise<ChunkHead>;
  finish(base: ChunkBase): Promise<ChunkDone>;
  close(): Promise<unknown>;
}

export type ToWorker = { kind: 'open'; task: ChunkTask } | { kind: 'finish'; base: ChunkBase };

/** An error as it crosses between threads. */
export type ThreadError = { kind: 'not-text' | 'input' | 'internal'; message: string };

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
  if (e instanceof InputError) return { kind: 'input', message: e.message };
  return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

export function fromThreadError(e: ThreadError): Error {
  if (e.kind === 'not-text') return new NotText(e.message);
  return e.kind === 'input' ? new InputError(e.message) : new Error(`extraction worker failed: ${e.message}`);
}
