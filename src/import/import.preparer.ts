/**
 * Where an import's preparation runs (import.prepare.ts): in a worker thread beside the importing thread, so reading,
 * checking, hashing, evaluating and serialising the next rows use the second core while the server stores the rows
 * before; or in the importing thread itself (a single file, where a thread gains nothing: see ImportService).
 */
import { on } from 'node:events';
import { extname, join } from 'node:path';
import { MessageChannel, Worker, type MessagePort, type TransferListItem } from 'node:worker_threads';
import type { LawData } from '../compliance/engine';
import { nextTurn } from '../shared/next-turn';
import type { DecisionWrite } from './import.model';
import {
  ImportPreparation,
  type FileContent,
  type ImportBatch,
  type ImportFormat,
  type PlannedDecision,
  type PreparedHead,
} from './import.prepare';
import type { ImportCatalogue } from './import.model';

export interface ImportPreparer {
  /**
   * True when preparation runs beside the write: the next file is then handed over as soon as a file's batches are
   * asked for. Otherwise it is prepared once the last batch is handed to the server.
   */
  readonly beside: boolean;
  prepare(
    file: number,
    name: string | undefined,
    format: ImportFormat,
    content: FileContent,
  ): Promise<PreparedHead>;
  writes(file: number, keys: readonly string[]): Promise<DecisionWrite[]>;
  batches(file: number, plan: readonly PlannedDecision[], law: LawData): AsyncIterable<ImportBatch>;
  release(file: number): void;
  close(): Promise<void>;
}

/** Preparation in the importing thread, giving the event loop a turn now and then so a write in flight goes on. */
export class InlinePreparer implements ImportPreparer {
  readonly beside = false;
  private readonly preparation: ImportPreparation;

  constructor(catalogue: ImportCatalogue) {
    this.preparation = new ImportPreparation(catalogue);
  }

  prepare(file: number, name: string | undefined, format: ImportFormat, content: FileContent) {
    return this.preparation.prepare(file, name, format, content, nextTurn);
  }

  async writes(file: number, keys: readonly string[]) {
    return this.preparation.writes(file, keys);
  }

  batches(file: number, plan: readonly PlannedDecision[], law: LawData) {
    return this.preparation.batches(file, plan, law);
  }

  release(file: number) {
    this.preparation.release(file);
  }

  async close() {}
}

/** A request to the worker (import.worker.ts); its answers come on `port`. */
export type PreparerRequest = RequestBody & { port: MessagePort };
type RequestBody =
  | { op: 'prepare'; file: number; name: string | undefined; format: ImportFormat; content: FileContent }
  | { op: 'writes'; file: number; keys: readonly string[] }
  | { op: 'batches'; file: number; plan: readonly PlannedDecision[]; law: LawData }
  | { op: 'release'; file: number };

/** An answer of the worker: a value (one, or one per batch and then `done`), or the error that stopped it. */
export type PreparerAnswer =
  { value: unknown } | { done: true } | { error: { message: string; stack?: string } };

/** The worker's file beside this one: compiled JavaScript, or TypeScript under the tests (compiled as it loads). */
const WORKER_FILE = join(__dirname, `import.worker${extname(__filename)}`);
const WORKER_OPTIONS = {
  ...(extname(__filename) === '.ts' ? { execArgv: ['--require', '@swc-node/register'] } : {}),
  // Young generation of 192 MB, semi-spaces of 64 MB as `npm run import` gives the importing thread: the worker
  // makes most of the import's short-lived strings and objects, and fewer of them outlive a smaller one.
  resourceLimits: { maxYoungGenerationSizeMb: 192 },
};

/** Preparation in a worker thread of its own, which answers requests one at a time, in the order they were sent. */
export class WorkerPreparer implements ImportPreparer {
  readonly beside = true;
  private readonly worker: Worker;
  /** Aborted with the reason when the worker fails or exits unasked: every wait for an answer ends with it. */
  private readonly failed = new AbortController();
  private closing = false;

  constructor(catalogue: ImportCatalogue) {
    this.worker = new Worker(WORKER_FILE, { ...WORKER_OPTIONS, workerData: { catalogue } });
    this.worker.on('error', (e) => this.failed.abort(e));
    this.worker.on('exit', (code) => {
      if (!this.closing) this.failed.abort(new Error(`The import's worker thread exited (code ${code}).`));
    });
  }

  async prepare(file: number, name: string | undefined, format: ImportFormat, content: FileContent) {
    return (await this.ask(
      { op: 'prepare', file, name, format, content },
      handOver(content),
    )) as PreparedHead;
  }

  async writes(file: number, keys: readonly string[]) {
    return (await this.ask({ op: 'writes', file, keys })) as DecisionWrite[];
  }

  async *batches(file: number, plan: readonly PlannedDecision[], law: LawData): AsyncGenerator<ImportBatch> {
    const port = this.send({ op: 'batches', file, plan, law });
    try {
      for await (const [answer] of this.answers(port)) {
        if ('done' in answer) return;
        yield asBuffers(answer.value as ImportBatch);
      }
    } finally {
      port.close();
    }
  }

  release(file: number) {
    this.send({ op: 'release', file }).close();
  }

  /** Ends the worker; anything still waiting for an answer fails. */
  async close() {
    this.closing = true;
    await this.worker.terminate();
    this.failed.abort(new Error("The import's worker thread was closed."));
  }

  private send(request: RequestBody, transfer: TransferListItem[] = []): MessagePort {
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ ...request, port: port2 }, [port2, ...transfer]);
    return port1;
  }

  private async ask(request: RequestBody, transfer?: TransferListItem[]): Promise<unknown> {
    const port = this.send(request, transfer);
    try {
      for await (const [answer] of this.answers(port)) if ('value' in answer) return answer.value;
      throw new Error('The worker ended an answer without a value.');
    } finally {
      port.close();
    }
  }

  /** The answers on a port, ending at the first error (thrown) or when the worker fails (its reason thrown). */
  private async *answers(port: MessagePort): AsyncGenerator<[Exclude<PreparerAnswer, { error: unknown }>]> {
    try {
      for await (const [answer] of on(port, 'message', { signal: this.failed.signal }) as AsyncIterable<
        [PreparerAnswer]
      >) {
        if ('error' in answer)
          throw Object.assign(new Error(answer.error.message), { stack: answer.error.stack });
        yield [answer];
      }
    } catch (e) {
      if (this.failed.signal.aborted) throw this.failed.signal.reason;
      throw e;
    }
  }
}

/**
 * The memory of the COPY rows the worker made, handed over to the importing thread instead of copied: rows of 4 KB or
 * more have memory of their own (Node.js gives a Buffer of at least Buffer.poolSize / 2 bytes its own; smaller ones
 * may be slices of a pool shared with others, and are copied).
 */
export function ownMemoryOf(buffers: readonly Buffer[]): ArrayBuffer[] {
  const memory = new Set<ArrayBuffer>();
  for (const b of buffers) {
    if (b.byteLength >= Buffer.poolSize >>> 1 && b.buffer instanceof ArrayBuffer) memory.add(b.buffer);
  }
  return [...memory];
}

/** A file's bytes are handed over to the worker when they are the whole of their memory (as a file read is). */
const handOver = (content: FileContent): ArrayBuffer[] =>
  typeof content !== 'string' &&
  content.buffer instanceof ArrayBuffer &&
  content.byteOffset === 0 &&
  content.byteLength === content.buffer.byteLength
    ? [content.buffer]
    : [];

/** Buffers arrive from another thread as Uint8Arrays: the same bytes, seen as Buffers again (no copy). */
function asBuffers(batch: ImportBatch): ImportBatch {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ...batch,
    decisions: batch.decisions.map(buffer),
    names: buffer(batch.names),
    defendants: buffer(batch.defendants),
    contents: buffer(batch.contents),
    findings: batch.findings.map(buffer),
  };
}
