import { parentPort } from 'node:worker_threads';
import { inProcess, toThreadError, type FromWorker, type ToWorker } from './runners';

/** A worker thread's side of runners.onWorker: the same steps as inProcess, over messages. */

const port = parentPort!;
const runner = inProcess();
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (msg: ToWorker) => {
  const step =
    msg.kind === 'open'
      ? runner.open(msg.task).then((head) => post({ kind: 'head', head }))
      : runner.finish(msg.base).then((done) => post({ kind: 'done', done }));
  step.catch((e: unknown) => post({ kind: 'error', error: toThreadError(e) }));
});
