import type { HostResponse } from '../../contract/host-api';
import type { WorkProgress } from './jobs';

export type ExportStatus = HostResponse<'export.progress'>;

interface Entry {
  owner: string;
  jobId: string;
  controller: AbortController;
  status: ExportStatus;
}

/** Finished exports are remembered this many at a time, for a last look by the progress poll. */
const KEPT = 64;

const START: ExportStatus = { state: 'running', phase: 'start', done: 0, total: 0, item: '' };

/**
 * The exports of the app that the renderer can follow and cancel, by the id it chose for each
 * (export.write's jobId). An id belongs to the window that used it: another window neither
 * sees its progress nor cancels it. A cancel that arrives before its export (the two requests
 * race) is kept and stops the export as it starts.
 */
export class ExportJobs {
  private readonly entries = new Map<string, Entry>();

  private key(owner: string, jobId: string): string {
    return `${owner}\u0000${jobId}`;
  }

  private remember(entry: Entry): void {
    this.entries.set(this.key(entry.owner, entry.jobId), entry);
    if (this.entries.size <= KEPT) return;
    for (const [key, old] of this.entries) {
      if (this.entries.size <= KEPT) break;
      if (old.status.state !== 'running') this.entries.delete(key);
    }
  }

  /** An export starts: its signal aborts on cancel; report and end keep its status. */
  begin(owner: string, jobId: string) {
    const earlier = this.entries.get(this.key(owner, jobId));
    const entry: Entry = {
      owner,
      jobId,
      controller: new AbortController(),
      status: { ...START },
    };
    if (earlier?.status.state === 'cancelled') {
      entry.controller.abort();
      entry.status = earlier.status;
    }
    this.remember(entry);
    return {
      signal: entry.controller.signal,
      report(progress: WorkProgress | { phase: 'save' }): void {
        if (entry.status.state !== 'running') return;
        entry.status = {
          state: 'running',
          phase: progress.phase,
          done: 'done' in progress ? progress.done : 0,
          total: 'total' in progress ? progress.total : 0,
          item: 'item' in progress ? progress.item.slice(0, 300) : '',
        };
      },
      end(state: 'done' | 'failed'): void {
        if (entry.status.state === 'running') entry.status = { ...entry.status, state };
      },
    };
  }

  status(owner: string, jobId: string): ExportStatus {
    return (
      this.entries.get(this.key(owner, jobId))?.status ?? {
        state: 'unknown',
        phase: 'start',
        done: 0,
        total: 0,
        item: '',
      }
    );
  }

  /** True when an export was running and is now stopped (or will be, as it starts). */
  cancel(owner: string, jobId: string): boolean {
    const entry = this.entries.get(this.key(owner, jobId));
    if (entry && entry.status.state !== 'running') return false;
    if (entry) {
      entry.status = { ...entry.status, state: 'cancelled' };
      entry.controller.abort();
      return true;
    }
    this.remember({
      owner,
      jobId,
      controller: new AbortController(),
      status: { ...START, state: 'cancelled' },
    });
    return true;
  }
}
