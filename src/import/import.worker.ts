/**
 * The import's worker thread (WorkerPreparer): prepares files and builds their batches (import.prepare.ts), one
 * request at a time in the order they came, answering each on the port it came with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportPreparation } from './import.prepare';
import { ownMemoryOf, type PreparerAnswer, type PreparerRequest } from './import.preparer';
import type { ImportCatalogue } from './import.model';

const preparation = new ImportPreparation((workerData as { catalogue: ImportCatalogue }).catalogue);
/** Nothing to wait for between steps: this thread does nothing else, and requests wait their turn below. */
const noPause = () => undefined;

async function serve(request: PreparerRequest): Promise<void> {
  const answer = (message: PreparerAnswer, transfer: ArrayBuffer[] = []) =>
    request.port.postMessage(message, transfer);
  try {
    switch (request.op) {
      case 'prepare': {
        const { file, name, format, content } = request;
        answer({ value: await preparation.prepare(file, name, format, content, noPause) });
        break;
      }
      case 'writes':
        answer({ value: preparation.writes(request.file, request.keys) });
        break;
      case 'batches':
        for await (const batch of preparation.batches(request.file, request.plan, request.law)) {
          const { decisions, names, defendants, contents, findings } = batch;
          answer({ value: batch }, ownMemoryOf([...decisions, names, defendants, contents, ...findings]));
        }
        answer({ done: true });
        break;
      case 'release':
        preparation.release(request.file);
        break;
    }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    answer({ error: { message: error.message, stack: error.stack } });
  }
}

let queue = Promise.resolve();
parentPort!.on('message', (request: PreparerRequest) => {
  queue = queue.then(() => serve(request));
});
