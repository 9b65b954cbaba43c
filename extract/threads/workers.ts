import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { ChunkDone, ChunkHead } from './read-chunk';
import { fromThreadError, type ChunkRunner, type FromWorker, type ToWorker } from './runners';

/** Chunk runners on worker threads (chunk-worker.ts is their side). */

/**
 * tsx cannot start a TypeScript worker on Node 20, and loading the extractor's modules through
 * it would take a worker about 0.6 s; bundled into one script it starts in under 0.1 s.
 */
export async function workerScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./chunk-worker.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export function onWorker(script: string): ChunkRunner {
  const worker = new Worker(script, { eval: true });
  let pending: { resolve(v: ChunkHead | ChunkDone): void; reject(e: Error): void } | null = null;
  const settle = (outcome: (p: NonNullable<typeof pending>) => void) => {
    const p = pending;
    pending = null;
    if (p) outcome(p);
  };
  worker.on('message', (m: FromWorker) =>
    settle((p) => (m.kind === 'error' ? p.reject(fromThreadError(m.error)) : p.resolve(m.kind === 'head' ? m.head : m.done)))
  );
  worker.on('error', (e) => settle((p) => p.reject(e)));
  worker.on('exit', (code) => settle((p) => p.reject(new Error(`extraction worker stopped (exit code ${code})`))));
  const ask = <T extends ChunkHead | ChunkDone>(msg: ToWorker) =>
    new Promise<T>((resolve, reject) => {
      pending = { resolve: resolve as (v: ChunkHead | ChunkDone) => void, reject };
      worker.postMessage(msg);
    });
  return {
    open: (task) => ask<ChunkHead>({ kind: 'open', task }),
    finish: (base) => ask<ChunkDone>({ kind: 'finish', base }),
    close: () => worker.terminate()
  };
}
