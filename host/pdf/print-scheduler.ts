import { UserError } from '../../core/errors';
import { withDeadline, type PrintLimits } from './deadline';

/** One print waiting for, or running on, a lane (an Electron print window). */
export interface ScheduledPrint<T> {
  /** Who asked (a window): waiting prints take turns by owner. */
  owner: string;
  /** Its size (the print HTML's length): a long print never takes the last free lane. */
  size: number;
  /** Prints on the lane; the signal fires when its time is up or it is cancelled. */
  run(lane: number, signal: AbortSignal): Promise<T>;
  /** Its time limit, counted from when it starts (not while it waits), and the caller's cancel. */
  limits?: PrintLimits;
}

export interface PrintSchedulerOptions {
  /** Prints that run at once (Electron: hidden print windows). */
  lanes: number;
  /** From this size on a print is long (a long Niederschrift prints for minutes). */
  longSize: number;
}

interface Waiting {
  job: ScheduledPrint<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onAbort?: () => void;
}

/**
 * The print queue of the desktop app. Before, one window printed one document after another,
 * so a 300-page print held every other print (of every window) for minutes. Now:
 * - prints run on several lanes at once;
 * - long prints may hold all lanes but one, so a short print always has a lane to start on;
 * - waiting prints are taken in turns by owner (window), first come first served within one;
 * - each print ends at its time limit (or when cancelled) and frees its lane at once; the
 *   lane's adapter tears down what the print left (its window).
 */
export class PrintScheduler {
  private readonly lanes: (Waiting | null)[];
  private readonly queue: Waiting[] = [];
  private readonly longSize: number;
  /** The owner served last, so the next turn goes to another. */
  private lastOwner: string | null = null;

  constructor(options: PrintSchedulerOptions) {
    this.lanes = Array.from({ length: Math.max(1, options.lanes) }, () => null);
    this.longSize = options.longSize;
  }

  get running(): number {
    return this.lanes.filter((lane) => lane !== null).length;
  }

  get waiting(): number {
    return this.queue.length;
  }

  private isLong(job: ScheduledPrint<unknown>): boolean {
    return job.size >= this.longSize;
  }

  /** Long prints may hold every lane but one (all of them when there is only one). */
  private longAllowed(): boolean {
    const long = this.lanes.filter((lane) => lane && this.isLong(lane.job)).length;
    return long < Math.max(1, this.lanes.length - 1);
  }

  schedule<T>(job: ScheduledPrint<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const signal = job.limits?.signal;
      if (signal?.aborted) {
        reject(new UserError('work.cancelled'));
        return;
      }
      const entry: Waiting = {
        job: job as ScheduledPrint<unknown>,
        resolve: resolve as (value: unknown) => void,
        reject,
      };
      if (signal) {
        // Cancelled while waiting: it leaves the queue and never starts.
        entry.onAbort = () => {
          const at = this.queue.indexOf(entry);
          if (at < 0) return;
          this.queue.splice(at, 1);
          reject(new UserError('work.cancelled'));
        };
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.queue.push(entry);
      this.pump();
    });
  }

  /** The waiting prints in the order of turns: owners after the last served one first. */
  private inTurn(): Waiting[] {
    const owners = [...new Set(this.queue.map((entry) => entry.job.owner))];
    const after = this.lastOwner === null ? -1 : owners.indexOf(this.lastOwner);
    const rotated = [...owners.slice(after + 1), ...owners.slice(0, after + 1)];
    return rotated.flatMap((owner) => this.queue.filter((entry) => entry.job.owner === owner));
  }

  private pump(): void {
    for (;;) {
      const lane = this.lanes.indexOf(null);
      if (lane < 0) return;
      const next = this.inTurn().find((entry) => !this.isLong(entry.job) || this.longAllowed());
      if (!next) return;
      this.queue.splice(this.queue.indexOf(next), 1);
      this.start(lane, next);
    }
  }

  private start(lane: number, entry: Waiting): void {
    const { job } = entry;
    if (entry.onAbort) job.limits?.signal?.removeEventListener('abort', entry.onAbort);
    this.lanes[lane] = entry;
    this.lastOwner = job.owner;
    const limits: PrintLimits = job.limits ?? {
      timeoutMs: 2 ** 31 - 1,
      timeoutError: () => new UserError('export.engineClosed'),
    };
    withDeadline((signal) => job.run(lane, signal), limits)
      .then(entry.resolve, entry.reject)
      .finally(() => {
        // Ended, timed out or cancelled: the lane is free for the next print at once.
        this.lanes[lane] = null;
        this.pump();
      });
  }
}
