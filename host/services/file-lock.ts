import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Two clerks, one file server: a lock file beside an open document, as office suites keep one
 * (`.~lock.NAME#`, LibreOffice's name), so the second clerk who opens the minutes learns who
 * has them and may read them without overwriting the other's work. The lock holds who (the
 * user's name), where (the computer), which process and since when. It is made when a document
 * is opened for editing and removed when it is closed.
 *
 * A lock whose holder cannot be asked is stale: on this computer, when its process is gone (a
 * crash, a killed app); anywhere, when it is older than `staleAfterMs` (a laptop that left the
 * network with the file open). A stale lock is never taken silently: the clerk is asked.
 */

export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  /** ISO time the lock was made. */
  since: string;
}

export type LockState =
  | { state: 'free' }
  | { state: 'mine' }
  | { state: 'held'; holder: LockHolder }
  | { state: 'stale'; holder: LockHolder; reason: 'processGone' | 'old' | 'unreadable' };

/** A day: minutes left open overnight are still someone's; older than that, ask. */
export const DEFAULT_STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export function lockPathFor(documentPath: string): string {
  return join(dirname(documentPath), `.~lock.${basename(documentPath)}#`);
}

/** Whether a process of this computer is still running. */
function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const data = JSON.parse(text) as Partial<LockHolder> | null;
    if (
      data &&
      typeof data.user === 'string' &&
      typeof data.host === 'string' &&
      typeof data.pid === 'number' &&
      typeof data.since === 'string'
    ) {
      return { user: data.user, host: data.host, pid: data.pid, since: data.since };
    }
  } catch {
    // An empty or half-written lock: unreadable, handled below.
  }
  return null;
}

export interface FileLocksOptions {
  /** Who we are: the clerk's name, this computer, this process. */
  me: () => Promise<Omit<LockHolder, 'since'>> | Omit<LockHolder, 'since'>;
  staleAfterMs?: number;
  now?: () => Date;
}

export class FileLocks {
  private readonly held = new Map<string, LockHolder>();
  private readonly staleAfterMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: FileLocksOptions) {
    this.staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.now = options.now ?? (() => new Date());
  }

  private async identity(): Promise<Omit<LockHolder, 'since'>> {
    return this.options.me();
  }

  private isMine(holder: LockHolder, me: Omit<LockHolder, 'since'>): boolean {
    return holder.host === me.host && holder.pid === me.pid;
  }

  /** Who holds the document, if anyone, and whether that lock is stale. */
  async status(documentPath: string): Promise<LockState> {
    const path = lockPathFor(documentPath);
    let text: string;
    let modified: number;
    try {
      [text, modified] = await Promise.all([
        readFile(path, 'utf8'),
        stat(path).then((s) => s.mtimeMs),
      ]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'free' };
      throw error;
    }
    const me = await this.identity();
    const holder = parseHolder(text);
    if (!holder) {
      return {
        state: 'stale',
        reason: 'unreadable',
        holder: { user: '', host: '', pid: 0, since: new Date(modified).toISOString() },
      };
    }
    if (this.isMine(holder, me)) return { state: 'mine' };
    if (holder.host === me.host && !processAlive(holder.pid)) {
      return { state: 'stale', holder, reason: 'processGone' };
    }
    const since = Date.parse(holder.since);
    const age = this.now().getTime() - (Number.isNaN(since) ? modified : since);
    if (age > this.staleAfterMs) return { state: 'stale', holder, reason: 'old' };
    return { state: 'held', holder };
  }

  /**
   * Takes the lock for editing. Refused (the state is returned) when another holds it, or when
   * a stale lock is there and `takeOver` is not set; `takeOver` replaces a stale lock only, never
   * one whose holder is still working.
   */
  async acquire(
    documentPath: string,
    options: { takeOver?: boolean } = {},
  ): Promise<{ ok: true } | { ok: false; lock: LockState }> {
    const me = await this.identity();
    const holder: LockHolder = { ...me, since: this.now().toISOString() };
    const path = lockPathFor(documentPath);
    const text = `${JSON.stringify(holder)}\n`;
    try {
      // O_EXCL: of two clerks opening at the same moment, one gets the lock.
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
      } finally {
        await handle.close();
      }
      this.held.set(documentPath, holder);
      return { ok: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const lock = await this.status(documentPath);
    if (lock.state === 'mine' || (lock.state === 'stale' && options.takeOver)) {
      await writeFileAtomic(path, text);
      this.held.set(documentPath, holder);
      return { ok: true };
    }
    if (lock.state === 'free') return this.acquire(documentPath, options);
    return { ok: false, lock };
  }

  /** Removes our lock; a lock someone else has taken over since stays. */
  async release(documentPath: string): Promise<void> {
    const ours = this.held.get(documentPath);
    if (!ours) return;
    this.held.delete(documentPath);
    const path = lockPathFor(documentPath);
    const text = await readFile(path, 'utf8').catch(() => null);
    const holder = text === null ? null : parseHolder(text);
    if (
      holder &&
      holder.host === ours.host &&
      holder.pid === ours.pid &&
      holder.since === ours.since
    )
      await rm(path, { force: true });
  }

  /** Every lock this process holds, released (the app quits). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((path) => this.release(path)));
  }

  /** The same, at once: for the moment the process exits and cannot wait. */
  releaseAllSync(): void {
    for (const [documentPath, ours] of this.held) {
      const path = lockPathFor(documentPath);
      let holder: LockHolder | null = null;
      try {
        holder = parseHolder(readFileSync(path, 'utf8'));
      } catch {
        // Gone already.
      }
      if (
        holder &&
        holder.host === ours.host &&
        holder.pid === ours.pid &&
        holder.since === ours.since
      )
        rmSync(path, { force: true });
    }
    this.held.clear();
  }

  holds(documentPath: string): boolean {
    return this.held.has(documentPath);
  }
}

/** The login name, where the system tells it. */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** The locks of this app on this computer: the clerk's name (settings), else the login name. */
export function machineLocks(userName: () => string): FileLocks {
  return new FileLocks({
    me: () => ({ user: userName().trim() || loginName(), host: hostname(), pid: process.pid }),
  });
}
