import type { Claim } from '../../../contract/schema';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The page's side of the extraction worker: one request at a time per id, answered by claims.
 * Cancelling ends the worker (the extractor cannot be interrupted inside a batch) and fails what
 * was waiting; the next request starts a fresh one.
 */

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Pending {
  resolve: (claims: Claim[]) => void;
  reject: (e: Error) => void;
  progress?: (done: number, total: number) => void;
}

export class Extractor {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #next = 0;

  #start(): Worker {
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.#answer(e.data);
    worker.onerror = (e) => this.#failAll(new Error(e.message || 'the extraction worker stopped'));
    return worker;
  }

  #answer(m: FromWorker): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') return p.progress?.(m.done, m.total);
    this.#pending.delete(m.id);
    if (m.kind === 'claims') p.resolve(m.claims);
    else p.reject(new Error(m.message));
  }

  #failAll(e: Error): void {
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  #request(message: WithoutId<ToWorker>, progress?: Pending['progress']): Promise<Claim[]> {
    const id = this.#next++;
    this.#worker ??= this.#start();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, progress });
      this.#worker!.postMessage({ ...message, id } as ToWorker);
    });
  }

  extract(name: string, text: string, pages: number[] | null, progress: Pending['progress']): Promise<Claim[]> {
    return this.#request({ kind: 'extract', name, text, pages }, progress);
  }

  /** Estimators and quantities over all the claims shown, so new figures join existing questions. */
  finish(claims: Claim[]): Promise<Claim[]> {
    return this.#request({ kind: 'finish', claims });
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new Cancelled());
  }
}
