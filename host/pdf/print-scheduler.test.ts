import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../core/errors';
import { PrintScheduler, type ScheduledPrint } from './print-scheduler';

/** A print the test finishes by hand, recording when and where it started. */
interface Held {
  started: Promise<{ lane: number; signal: AbortSignal }>;
  finish(): void;
  result: Promise<string>;
}

function holdPrint(
  scheduler: PrintScheduler,
  log: string[],
  name: string,
  options: Partial<Omit<ScheduledPrint<string>, 'run'>> = {},
): Held {
  let begin!: (value: { lane: number; signal: AbortSignal }) => void;
  let finish!: () => void;
  const started = new Promise<{ lane: number; signal: AbortSignal }>((r) => (begin = r));
  const done = new Promise<void>((r) => (finish = r));
  const result = scheduler.schedule({
    owner: options.owner ?? 'w1',
    size: options.size ?? 10,
    ...(options.limits ? { limits: options.limits } : {}),
    run: async (lane, signal) => {
      log.push(`start ${name}`);
      begin({ lane, signal });
      await done;
      log.push(`end ${name}`);
      return name;
    },
  });
  return { started, finish, result };
}

const LONG = 1_000_000;
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('the print queue of the desktop app', () => {
  it('lets a short print through while a long one holds a lane, and holds a second long one', async () => {
    const scheduler = new PrintScheduler({ lanes: 2, longSize: 100_000 });
    const log: string[] = [];
    const longA = holdPrint(scheduler, log, 'A', { size: LONG });
    const longB = holdPrint(scheduler, log, 'B', { size: LONG, owner: 'w2' });
    const shortC = holdPrint(scheduler, log, 'C', { owner: 'w3' });
    await longA.started;
    const c = await shortC.started;
    expect(c.lane).toBe(1);
    shortC.finish();
    expect(await shortC.result).toBe('C');
    // The long print B waited: only one lane may hold a long print while there are two.
    expect(log).toEqual(['start A', 'start C', 'end C']);
    expect(scheduler.waiting).toBe(1);
    longA.finish();
    await longA.result;
    await longB.started;
    longB.finish();
    await longB.result;
    expect(log).toEqual(['start A', 'start C', 'end C', 'end A', 'start B', 'end B']);
  });

  it('gives windows turns: one window with many prints does not starve another', async () => {
    const scheduler = new PrintScheduler({ lanes: 1, longSize: 100_000 });
    const log: string[] = [];
    const x1 = holdPrint(scheduler, log, 'x1', { owner: 'x' });
    const x2 = holdPrint(scheduler, log, 'x2', { owner: 'x' });
    const x3 = holdPrint(scheduler, log, 'x3', { owner: 'x' });
    const y1 = holdPrint(scheduler, log, 'y1', { owner: 'y' });
    for (const print of [x1, y1, x2, x3]) {
      await print.started;
      print.finish();
      await print.result;
    }
    expect(log.filter((line) => line.startsWith('start'))).toEqual([
      'start x1',
      'start y1',
      'start x2',
      'start x3',
    ]);
  });

  it('a long print alone may use the only lane', async () => {
    const scheduler = new PrintScheduler({ lanes: 1, longSize: 100_000 });
    const log: string[] = [];
    const long = holdPrint(scheduler, log, 'L', { size: LONG });
    await long.started;
    long.finish();
    expect(await long.result).toBe('L');
  });

  it('ends a hung print at its limit, tears it down and frees its lane for the next', async () => {
    const scheduler = new PrintScheduler({ lanes: 1, longSize: 100_000 });
    const log: string[] = [];
    const hung = holdPrint(scheduler, log, 'hung', {
      limits: {
        timeoutMs: 5,
        timeoutError: () => new UserError('work.pdfTimeout', { seconds: 1, size: 9 }),
      },
    });
    const next = holdPrint(scheduler, log, 'next');
    const { signal } = await hung.started;
    const error = await hung.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('work.pdfTimeout');
    // The lane's adapter is told to tear down (Electron destroys that print window).
    expect(signal.aborted).toBe(true);
    await next.started;
    next.finish();
    expect(await next.result).toBe('next');
    expect(log).toEqual(['start hung', 'start next', 'end next']);
  });

  it('the time limit starts when the print does, not while it waits', async () => {
    vi.useFakeTimers();
    try {
      const scheduler = new PrintScheduler({ lanes: 1, longSize: 100_000 });
      const log: string[] = [];
      const first = holdPrint(scheduler, log, 'first');
      const second = holdPrint(scheduler, log, 'second', {
        limits: { timeoutMs: 100, timeoutError: () => new Error('timed out') },
      });
      let outcome = 'pending';
      second.result.then(
        () => (outcome = 'resolved'),
        () => (outcome = 'rejected'),
      );
      await first.started;
      // Ten times its limit passes while it waits: it is not timed out for waiting.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(outcome).toBe('pending');
      expect(scheduler.waiting).toBe(1);
      first.finish();
      await first.result;
      await second.started;
      second.finish();
      expect(await second.result).toBe('second');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a print cancelled while it waits never starts', async () => {
    const scheduler = new PrintScheduler({ lanes: 1, longSize: 100_000 });
    const log: string[] = [];
    const first = holdPrint(scheduler, log, 'first');
    const cancel = new AbortController();
    const waiting = holdPrint(scheduler, log, 'cancelled', {
      limits: {
        timeoutMs: 60_000,
        timeoutError: () => new Error('timed out'),
        signal: cancel.signal,
      },
    });
    await first.started;
    cancel.abort();
    const error = await waiting.result.catch((e: unknown) => e);
    expect((error as UserError).code).toBe('work.cancelled');
    expect(scheduler.waiting).toBe(0);
    first.finish();
    await first.result;
    await settled();
    expect(log).toEqual(['start first', 'end first']);
    expect(scheduler.running).toBe(0);
  });
});
