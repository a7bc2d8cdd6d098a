import { UserError } from '../../core/errors';

/**
 * The time limit of one PDF print, scaled to the document: a fixed allowance for starting the
 * page and its fonts, plus time per kilobyte of print HTML. Measured on this project's test
 * machine (2 cores, shared with other work): the 2,000-item sample (4 MB of HTML) printed in
 * 122 s in Chromium, so its limit (about 470 s) leaves nearly four times that before a print
 * counts as hung. Prints seen hanging for 150 s and 352 s before this limit existed now end
 * with a message instead of never.
 */
export const PDF_TIMEOUT_BASE_MS = 60_000;
export const PDF_TIMEOUT_PER_KB_MS = 100;

/**
 * PROTOKOLLANT_PDF_TIMEOUT_FACTOR scales the limit: larger on a slow machine, tiny in the
 * tests that check what a hung print does. Anything but a positive number means 1.
 */
export function pdfTimeoutFactor(env: Record<string, string | undefined> = process.env): number {
  const factor = Number(env.PROTOKOLLANT_PDF_TIMEOUT_FACTOR);
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

export function pdfTimeoutMs(htmlLength: number, factor = pdfTimeoutFactor()): number {
  return Math.max(
    1,
    Math.round(factor * (PDF_TIMEOUT_BASE_MS + (htmlLength / 1024) * PDF_TIMEOUT_PER_KB_MS)),
  );
}

export function pdfTimeoutError(timeoutMs: number, htmlLength: number): UserError {
  return new UserError('work.pdfTimeout', {
    seconds: Math.max(1, Math.round(timeoutMs / 1000)),
    size: Math.max(1, Math.round(htmlLength / 1024)),
  });
}

/** What bounds one print: its time limit (counted from when it starts) and the user's cancel. */
export interface PrintLimits {
  timeoutMs: number;
  /** The error the print fails with when its time is up. */
  timeoutError: () => Error;
  signal?: AbortSignal;
  /** Who asked (a window): a queue of prints gives owners turns (host/pdf/print-scheduler). */
  owner?: string;
}

/**
 * Runs `work` until it settles, its time is up or the caller aborts, whichever comes first.
 * `work` gets a signal that fires in the last two cases, so it can tear down what it started
 * (close the page, destroy the window); the caller does not wait for that.
 */
export function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  limits: PrintLimits,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const inner = new AbortController();
    const stop = (reason: unknown) => {
      cleanup();
      inner.abort(reason);
      reject(reason instanceof Error ? reason : new UserError('work.cancelled'));
    };
    const onAbort = () => stop(limits.signal?.reason);
    const timer = setTimeout(() => stop(limits.timeoutError()), limits.timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
    };
    if (limits.signal?.aborted) {
      onAbort();
      return;
    }
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    work(inner.signal).then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
