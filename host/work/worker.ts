import { parentPort } from 'node:worker_threads';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { runJob, type WorkJob } from './jobs';
import { fromWireError, toWireError, type FromWorker, type ToWorker } from './wire';

/**
 * A worker thread of the host (host/work/pool.ts starts it): runs one job at a time and
 * answers with its result, reporting progress on the way. A PDF is printed by the main
 * thread's engine (one warm browser for the whole app, Electron's printToPDF in the desktop
 * app), so the worker asks for it by message and waits.
 */

const port = parentPort;
if (!port) throw new Error('host/work/worker.ts runs only as a worker thread');

const prints = new Map<number, { resolve(pdf: Uint8Array): void; reject(error: Error): void }>();
let nextPrint = 1;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

/** A Vorlage's bytes arrive as a Uint8Array; the reader wants a Buffer. */
function revive(job: WorkJob): WorkJob {
  if (job.kind === 'vorlage' && 'data' in job.source) {
    const data = job.source.data as Uint8Array;
    return {
      ...job,
      source: {
        name: job.source.name,
        data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      },
    };
  }
  return job;
}

async function run(id: number, job: WorkJob): Promise<void> {
  try {
    const value = await runJob(revive(job), {
      progress: (progress) => post({ type: 'progress', id, progress }),
      printer: (html: string, setup: PdfPageSetup) =>
        new Promise<Uint8Array>((resolve, reject) => {
          const printId = nextPrint++;
          prints.set(printId, { resolve, reject });
          post({ type: 'print', id, printId, html, setup });
        }),
    });
    // Bytes go back without a copy.
    const transfer =
      value instanceof Uint8Array &&
      value.byteOffset === 0 &&
      value.byteLength === value.buffer.byteLength
        ? [value.buffer as ArrayBuffer]
        : [];
    post({ type: 'done', id, value }, transfer);
  } catch (error) {
    post({ type: 'failed', id, error: toWireError(error) });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'run':
      void run(message.id, message.job);
      break;
    case 'printed':
      prints.get(message.printId)?.resolve(message.pdf);
      prints.delete(message.printId);
      break;
    case 'printFailed':
      prints.get(message.printId)?.reject(fromWireError(message.error));
      prints.delete(message.printId);
      break;
  }
});
