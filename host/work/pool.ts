import { Worker } from 'node:worker_threads';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { UserError } from '../../core/errors';
import { pdfEngine } from '../pdf/engine';
import { printHtml } from '../pdf/print';
import { runJob, type WorkJobOf, type WorkKind, type WorkProgress, type WorkResults } from './jobs';
import { fromWireError, toWireError, type FromWorker, type ToWorker } from './wire';

export interface RunOptions {
  onProgress?(progress: WorkProgress): void;
  /** Cancels the job: its thread is ended at once and the job fails with "work.cancelled". */
  signal?: AbortSignal;
  /** Who asked (a window), for the print queue's turns. */
  owner?: string;
  /** Buffers of the job handed to the thread without a copy (gone from this side after). */
  transfer?: ArrayBuffer[];
}

/** Where the host's long work runs: worker threads in the app, this thread in tests. */
export interface HostWork {
  run<K extends WorkKind>(job: WorkJobOf<K>, options?: RunOptions): Promise<WorkResults[K]>;
  close(): Promise<void>;
}

/** How the main thread prints a page for a job: its engine, under the print's time limit. */
export type MainThreadPrinter = (
  html: string,
  setup: PdfPageSetup,
  signal: AbortSignal,
  owner?: string,
) => Promise<Uint8Array>;

const printWithSharedEngine: MainThreadPrinter = (html, setup, signal, owner) =>
  printHtml(pdfEngine(), html, setup, signal, owner);

export function cancelled(): UserError {
  return new UserError('work.cancelled');
}

/** Bytes that own their whole buffer can be handed over without a copy. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? [bytes.buffer as ArrayBuffer]
    : [];
}

/**
 * Jobs in this thread: for tests and tools that have no worker file to start. A cancel is
 * seen only before the job starts.
 */
export function inlineWork(print: MainThreadPrinter = printWithSharedEngine): HostWork {
  return {
    async run(job, options = {}) {
      if (options.signal?.aborted) throw cancelled();
      const signal = options.signal ?? new AbortController().signal;
      return runJob(job, {
        progress: (progress) => options.onProgress?.(progress),
        printer: (html, setup) => print(html, setup, signal, options.owner),
      });
    },
    async close() {},
  };
}

export interface WorkerPoolOptions {
  /** The built worker (dist/host-worker.mjs beside the server; see host/work/worker-file.ts). */
  file: URL | string;
  /** Threads at most; further jobs wait for one. */
  size?: number;
  print?: MainThreadPrinter;
}

/**
 * The host's worker threads. Each runs one job at a time; the main thread only passes
 * messages, so it answers other requests (app.info, saves, the progress of this very export)
 * while a long import, export or print runs. A cancelled job's thread is terminated, which
 * stops it wherever it is; a new thread takes its place for the next job. One idle thread is
 * kept warm, so the next export does not load the writers again.
 */
export class WorkerPool implements HostWork {
  private readonly file: URL | string;
  private readonly size: number;
  private readonly print: MainThreadPrinter;
  private readonly live = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly waiting: { take(worker: Worker): void; fail(error: Error): void }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    this.file = options.file;
    this.size = Math.max(1, options.size ?? 2);
    this.print = options.print ?? printWithSharedEngine;
  }

  /** Threads started and not ended (busy or idle): for tests. */
  get threads(): number {
    return this.live.size;
  }

  private spawn(): Worker {
    const worker = new Worker(this.file);
    this.live.add(worker);
    worker.once('exit', () => {
      this.live.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.refill();
    });
    // An idle thread's failure has no job to report to; the exit handler drops it.
    worker.on('error', () => undefined);
    return worker;
  }

  /** A waiting job gets a thread when one is free or may be started. */
  private refill(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.live.size < this.size ? this.spawn() : null);
      if (!worker) return;
      this.waiting.shift()!.take(worker);
    }
  }

  private acquire(signal?: AbortSignal): Promise<Worker> {
    if (this.closed) return Promise.reject(new UserError('export.engineClosed'));
    return new Promise<Worker>((resolve, reject) => {
      const entry = {
        take: (worker: Worker) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(worker);
        },
        fail: reject,
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(cancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
      this.refill();
    });
  }

  private release(worker: Worker): void {
    if (this.closed || this.idle.length >= 1) {
      void worker.terminate();
      return;
    }
    worker.unref();
    this.idle.push(worker);
    this.refill();
  }

  async run<K extends WorkKind>(
    job: WorkJobOf<K>,
    options: RunOptions = {},
  ): Promise<WorkResults[K]> {
    if (options.signal?.aborted) throw cancelled();
    const worker = await this.acquire(options.signal);
    worker.ref();
    const id = this.nextId++;
    const prints = new AbortController();
    return new Promise<WorkResults[K]>((resolve, reject) => {
      let settled = false;
      const settle = (keepThread: boolean) => {
        settled = true;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        options.signal?.removeEventListener('abort', onAbort);
        prints.abort(cancelled());
        if (keepThread) this.release(worker);
        else void worker.terminate();
      };
      const onMessage = (message: FromWorker) => {
        if (settled || message.id !== id) return;
        switch (message.type) {
          case 'progress':
            options.onProgress?.(message.progress);
            break;
          case 'done':
            settle(true);
            resolve(message.value as WorkResults[K]);
            break;
          case 'failed':
            settle(true);
            reject(fromWireError(message.error));
            break;
          case 'print':
            this.print(message.html, message.setup, prints.signal, options.owner).then(
              (pdf) => {
                if (settled) return;
                const reply: ToWorker = { type: 'printed', printId: message.printId, pdf };
                worker.postMessage(reply, ownBuffer(pdf));
              },
              (error: unknown) => {
                if (settled) return;
                const reply: ToWorker = {
                  type: 'printFailed',
                  printId: message.printId,
                  error: toWireError(error),
                };
                worker.postMessage(reply);
              },
            );
            break;
        }
      };
      const onError = (error: Error) => {
        if (settled) return;
        console.error('protokollant: worker thread failed:', error);
        settle(false);
        reject(new UserError('work.failed', { detail: error.message.slice(0, 200) }));
      };
      const onExit = (code: number) => {
        if (settled) return;
        settle(false);
        reject(new UserError('work.failed', { detail: `exit ${code}` }));
      };
      const onAbort = () => {
        if (settled) return;
        settle(false);
        reject(cancelled());
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const message: ToWorker = { type: 'run', id, job };
      worker.postMessage(message, options.transfer ?? []);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const entry of this.waiting.splice(0)) entry.fail(new UserError('export.engineClosed'));
    await Promise.all([...this.live].map((worker) => worker.terminate()));
  }
}
