import { spawn } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
import { UserError } from '../../core/errors';
import { tempFolder } from '../../test/support/host-services';
import { DocumentSessions } from './documents';
import { FileLocks, lockPathFor, type LockHolder } from './file-lock';
import { RecentService } from './recent';
import { RecoveryStore } from './recovery';

const HOST = hostname();
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A process of this computer that has ended: its pid is free (a crashed app). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

async function writeLock(doc: string, holder: LockHolder) {
  await writeFile(lockPathFor(doc), JSON.stringify(holder));
}

describe('the lock file beside an open document', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let doc: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pk-lock-'));
    doc = join(dir, 'GR 2026-11-11.protokoll');
    await writeFile(doc, '{}');
  });
  afterEach(() => cleanup());

  const clerk = (user: string, pid = process.pid, now?: () => Date) =>
    new FileLocks({ me: () => ({ user, host: HOST, pid }), now });

  it('is made on open beside the file, office-suite style, and removed on close', async () => {
    const anna = clerk('Anna Schmidt');
    expect(await anna.status(doc)).toEqual({ state: 'free' });
    expect(await anna.acquire(doc)).toEqual({ ok: true });
    const path = join(dir, '.~lock.GR 2026-11-11.protokoll#');
    expect(lockPathFor(doc)).toBe(path);
    const held = JSON.parse(await readFile(path, 'utf8'));
    expect(held).toMatchObject({ user: 'Anna Schmidt', host: HOST, pid: process.pid });
    expect(Date.parse(held.since)).not.toBeNaN();
    expect(await anna.status(doc)).toEqual({ state: 'mine' });
    await anna.release(doc);
    expect(await exists(path)).toBe(false);
  });

  it('tells a second clerk who holds the document; the holder keeps it', async () => {
    // Bernd's app runs on this computer too (a live process: the test's parent).
    const anna = clerk('Anna Schmidt', process.ppid);
    const bernd = clerk('Bernd Vogel');
    expect(await anna.acquire(doc)).toEqual({ ok: true });
    const refused = await bernd.acquire(doc);
    expect(refused).toMatchObject({
      ok: false,
      lock: { state: 'held', holder: { user: 'Anna Schmidt', host: HOST, pid: process.ppid } },
    });
    // Taking over is for stale locks only: a clerk at work keeps the lock.
    expect(await bernd.acquire(doc, { takeOver: true })).toMatchObject({ ok: false });
    // Bernd never held it: his close leaves Anna's lock.
    await bernd.release(doc);
    expect(await exists(lockPathFor(doc))).toBe(true);
  });

  it('a lock from another computer is held until it is older than a day', async () => {
    const since = new Date('2026-12-04T08:00:00Z');
    await writeLock(doc, {
      user: 'Anna Schmidt',
      host: 'RATHAUS-PC17',
      pid: 4242,
      since: since.toISOString(),
    });
    const at = (iso: string) => clerk('Bernd Vogel', process.pid, () => new Date(iso));
    expect(await at('2026-12-04T18:00:00Z').status(doc)).toMatchObject({ state: 'held' });
    expect(await at('2026-12-05T09:00:00Z').status(doc)).toMatchObject({
      state: 'stale',
      reason: 'old',
      holder: { user: 'Anna Schmidt', host: 'RATHAUS-PC17' },
    });
  });

  it('a lock of a process of this computer that is gone is stale, taken over only on request', async () => {
    const pid = await deadPid();
    await writeLock(doc, {
      user: 'Anna Schmidt',
      host: HOST,
      pid,
      since: new Date().toISOString(),
    });
    const bernd = clerk('Bernd Vogel');
    expect(await bernd.status(doc)).toMatchObject({ state: 'stale', reason: 'processGone' });
    expect(await bernd.acquire(doc)).toMatchObject({ ok: false, lock: { state: 'stale' } });
    expect(await bernd.acquire(doc, { takeOver: true })).toEqual({ ok: true });
    expect(JSON.parse(await readFile(lockPathFor(doc), 'utf8'))).toMatchObject({
      user: 'Bernd Vogel',
      pid: process.pid,
    });
    await bernd.release(doc);
    expect(await exists(lockPathFor(doc))).toBe(false);
  });

  it('an empty or broken lock file is stale, not a crash', async () => {
    await writeFile(lockPathFor(doc), '');
    expect(await clerk('Bernd Vogel').status(doc)).toMatchObject({
      state: 'stale',
      reason: 'unreadable',
    });
  });

  it('a lock taken over by someone else is not removed by the one who lost it', async () => {
    const anna = clerk('Anna Schmidt');
    expect(await anna.acquire(doc)).toEqual({ ok: true });
    // Anna's lock looks stale to Bernd (say, a day later) and he takes it over.
    const later = clerk('Bernd Vogel', process.ppid, () => new Date(Date.now() + 2 * 86_400_000));
    expect(await later.acquire(doc, { takeOver: true })).toEqual({ ok: true });
    await anna.release(doc);
    expect(JSON.parse(await readFile(lockPathFor(doc), 'utf8')).user).toBe('Bernd Vogel');
  });

  it('of two clerks opening at once, exactly one gets the lock', async () => {
    const a = clerk('Anna Schmidt', process.ppid);
    const b = clerk('Bernd Vogel');
    const results = await Promise.all([a.acquire(doc), b.acquire(doc)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe('open minutes and their lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pk-lock-docs-'));
    file = join(dir, 'gr-2026-10-14.protokoll');
    await copyFile(
      new URL('../../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url),
      file,
    );
  });
  afterEach(() => cleanup());

  /** One clerk's app: its own user data and identity (Anna's process is the test's parent). */
  const app = (user: string, pid: number) =>
    new DocumentSessions(
      new RecoveryStore(join(dir, `data-${user}`)),
      new RecentService(join(dir, `data-${user}`)),
      new FileLocks({ me: () => ({ user, host: HOST, pid }) }),
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => '',
      (error: unknown) => (error instanceof UserError ? error.localized('de') : String(error)),
    );

  it('the second clerk reads read-only, cannot save, and the lock goes when the first closes', async () => {
    const anna = app('Anna Schmidt', process.ppid);
    const bernd = app('Bernd Vogel', process.pid);
    const annas = await anna.open({ owner: 'a' }, file);
    expect(annas.lockedBy).toBeNull();
    expect(await exists(lockPathFor(file))).toBe(true);

    expect(await bernd.lockStatus(file)).toMatchObject({
      state: 'held',
      holder: { user: 'Anna Schmidt' },
    });
    expect(await refusal(bernd.open({ owner: 'b' }, file))).toMatch(
      /^„gr-2026-10-14\.protokoll“ ist von Anna Schmidt \(Rechner .+\) geöffnet/,
    );
    const bernds = await bernd.open({ owner: 'b' }, file, 'readOnly');
    expect(bernds.lockedBy).toMatchObject({ user: 'Anna Schmidt', host: HOST });
    const before = await readFile(file, 'utf8');
    expect(
      await refusal(
        bernd.save(
          { owner: 'b' },
          { handle: bernds.handle, document: bernds.document, path: null, force: true },
        ),
      ),
    ).toMatch(/schreibgeschützt geöffnet, weil Anna Schmidt sie bearbeitet/);
    expect(await readFile(file, 'utf8')).toBe(before);
    // Bernd closing his read-only view leaves Anna's lock; Anna closing removes it.
    await bernd.close({ owner: 'b' }, bernds.handle);
    expect(await exists(lockPathFor(file))).toBe(true);
    await anna.close({ owner: 'a' }, annas.handle);
    expect(await exists(lockPathFor(file))).toBe(false);
    expect((await bernd.open({ owner: 'b' }, file)).lockedBy).toBeNull();
  });

  it('a stale lock is taken over on request; saving under a new name moves the lock', async () => {
    await writeLock(file, {
      user: 'Anna Schmidt',
      host: HOST,
      pid: await deadPid(),
      since: new Date().toISOString(),
    });
    const bernd = app('Bernd Vogel', process.pid);
    expect(await refusal(bernd.open({ owner: 'b' }, file))).toMatch(/Sperre scheint verwaist/);
    const opened = await bernd.open({ owner: 'b' }, file, 'takeOver');
    expect(JSON.parse(await readFile(lockPathFor(file), 'utf8')).user).toBe('Bernd Vogel');
    const copy = join(dir, 'gr-2026-11-11.protokoll');
    await bernd.save(
      { owner: 'b' },
      { handle: opened.handle, document: opened.document, path: copy, force: false },
    );
    expect(await exists(lockPathFor(copy))).toBe(true);
    expect(await exists(lockPathFor(file))).toBe(false);
    bernd.releaseLocks();
    expect(await exists(lockPathFor(copy))).toBe(false);
  });
});
