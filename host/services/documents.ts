import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { HostRequestParsed, HostResponse, OpenDocument } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import {
  FILE_EXTENSION,
  MAX_FILE_BYTES,
  parseProtokoll,
  parseProtokollBytes,
  serializeProtokoll,
  validateDocument,
} from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { followUpDocument, suggestFollowUpDate } from '../../core/body/follow-up';
import {
  documentFromGremium,
  followUpWithGremium,
  templateOfGremium,
  validateGremium,
} from '../../core/body/gremium';
import { findTemplate } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';
import { systemReason, writeFileAtomic } from '../fs/atomic-write';
import { readUserFile } from '../fs/read-document';
import { fingerprintOf, hashBytes, readWithFingerprint, sameContent } from './fingerprint';
import { Serial } from './json-store';
import type { FileLocks, LockHolder, LockState } from './file-lock';
import type { RecentService } from './recent';
import { newRecoveryId, type RecoveryStore } from './recovery';
import { inlineWork, type HostWork } from '../work/pool';

/** Today's date where the clerk sits (not UTC: a meeting at 00:30 is on the local day). */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Who calls: an Electron window (its webContents id) or the browser-mode page. */
export interface Caller {
  owner: string;
}

interface Session {
  handle: string;
  owner: string;
  path: string | null;
  name: string;
  /** What the file was when read or last written by us; null for a never-saved document. */
  fingerprint: string | null;
  recoveryId: string;
  /** Counts recovery writes, so a save removes only a copy that is not newer than itself. */
  recoverySeq: number;
  serial: Serial;
  /** Opened while another clerk holds the file (its lock): nothing is written. */
  lockedBy: LockHolder | null;
}

/** The previous version of a file, kept beside it when it is overwritten. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(FILE_EXTENSION) ? path : `${path}${FILE_EXTENSION}`;
}

/**
 * Open documents and their files. Every document the renderer sends is validated again here,
 * so nothing reaches a file or a recovery copy that the file format could not read back.
 */
export class DocumentSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly recovery: RecoveryStore,
    private readonly recent: RecentService,
    /** The lock files beside open documents; none in tests of other things. */
    private readonly locks: FileLocks | null = null,
  ) {}

  /** Who holds the file and whether that lock is stale (asked before opening it). */
  async lockStatus(path: string): Promise<LockState> {
    return this.locks ? this.locks.status(resolve(path)) : { state: 'free' };
  }

  /** Takes the lock for editing `path`, or refuses saying who has it. */
  private async lock(path: string, takeOver = false): Promise<void> {
    if (!this.locks) return;
    const result = await this.locks.acquire(path, { takeOver });
    if (result.ok) return;
    const holder =
      result.lock.state === 'held' || result.lock.state === 'stale' ? result.lock.holder : null;
    throw new UserError(result.lock.state === 'stale' ? 'lock.staleRefused' : 'lock.heldRefused', {
      file: basename(path),
      user: holder?.user || '?',
      host: holder?.host || '?',
    });
  }

  /** Gives up the lock of `path` unless another session of ours still has the file open. */
  private async unlock(path: string | null, except: string): Promise<void> {
    if (!this.locks || !path) return;
    for (const session of this.sessions.values())
      if (session.handle !== except && session.path === path && !session.lockedBy) return;
    await this.locks.release(path);
  }

  private session(caller: Caller, handle: string): Session {
    const session = this.sessions.get(handle);
    // A handle of another window is treated as unknown: windows cannot reach each other's files.
    if (!session || session.owner !== caller.owner) {
      throw new UserError('shell.host.unknownDocument');
    }
    return session;
  }

  private start(
    caller: Caller,
    init: Pick<Session, 'path' | 'name' | 'fingerprint'> & {
      recoveryId?: string;
      lockedBy?: LockHolder | null;
    },
    document: ProtocolDocument,
    recovered: boolean,
  ): OpenDocument {
    const handle = randomBytes(12).toString('base64url');
    this.sessions.set(handle, {
      handle,
      owner: caller.owner,
      path: init.path,
      name: init.name,
      fingerprint: init.fingerprint,
      recoveryId: init.recoveryId ?? newRecoveryId(),
      recoverySeq: 0,
      serial: new Serial(),
      lockedBy: init.lockedBy ?? null,
    });
    return {
      handle,
      path: init.path,
      name: init.name,
      document,
      fingerprint: init.fingerprint,
      recovered,
      imported: false,
      importWarnings: [],
      lockedBy: init.lockedBy ?? null,
    };
  }

  newFromTemplate(caller: Caller, templateId: string): OpenDocument {
    const template = findTemplate(templateId);
    if (!template) throw new UserError('shell.host.unknownTemplate', { id: templateId });
    return this.start(
      caller,
      { path: null, name: '', fingerprint: null },
      instantiateTemplate(template),
      false,
    );
  }

  /**
   * A new, never saved document made from an OParl or CSV agenda (Datei › Importieren). The
   * file is read and parsed where the host's long work runs (a worker thread in the app: a
   * 43 MB OParl file takes seconds).
   */
  async importAgenda(
    caller: Caller,
    path: string,
    templateId: string | null,
    work: HostWork = inlineWork(),
  ): Promise<OpenDocument> {
    const id = templateId ?? 'gemeinderat-sitzung';
    if (!findTemplate(id)) throw new UserError('shell.host.unknownTemplate', { id });
    const absolute = resolve(path);
    const { document, importWarnings } = await work.run({
      kind: 'agenda',
      path: absolute,
      templateId: id,
    });
    const opened = this.start(caller, { path: null, name: '', fingerprint: null }, document, false);
    return { ...opened, imported: true, importWarnings };
  }

  /**
   * The next minutes of a body from its last ones (Neue Niederschrift › Folgesitzung): a new,
   * never saved document; the last minutes' file is only read.
   */
  /** The next minutes from the last ones; without a date, the suggested one (local today). */
  async followUp(
    caller: Caller,
    path: string,
    date?: string,
    gremiumRaw?: unknown,
  ): Promise<OpenDocument> {
    // The body is checked before any file is read: a bad one is the clerk's first message.
    const gremium = gremiumRaw === undefined ? null : validateGremium(gremiumRaw, 'Gremium');
    const absolute = resolve(path);
    const previous = parseProtokollBytes(await readUserFile(absolute), basename(absolute));
    const day = date ?? suggestFollowUpDate(previous.meeting.date, localToday());
    const document = gremium
      ? followUpWithGremium(previous, gremium, day)
      : followUpDocument(previous, { date: day });
    const opened = this.start(caller, { path: null, name: '', fingerprint: null }, document, false);
    return { ...opened, imported: true };
  }

  /**
   * New minutes of a body (Gremium): the template it names (or the one given) with the body's
   * data, rules, roster and signatories. The body comes from the renderer: checked again here.
   */
  fromGremium(caller: Caller, raw: unknown, templateId: string | null): OpenDocument {
    const gremium = validateGremium(raw, 'Gremium');
    const template = templateId ? findTemplate(templateId) : templateOfGremium(gremium);
    if (!template) {
      if (templateId) throw new UserError('shell.host.unknownTemplate', { id: templateId });
      throw new UserError('gremium.noTemplate');
    }
    const document = documentFromGremium(gremium, template);
    const opened = this.start(caller, { path: null, name: '', fingerprint: null }, document, false);
    return { ...opened, imported: true };
  }

  /**
   * Opens a file for editing (its lock is taken; refused when another clerk holds it), read-only
   * (no lock; the holder is named), or taking over a stale lock.
   */
  async open(
    caller: Caller,
    path: string,
    mode: 'edit' | 'readOnly' | 'takeOver' = 'edit',
  ): Promise<OpenDocument> {
    const absolute = resolve(path);
    const bytes = await readUserFile(absolute);
    const document = parseProtokollBytes(bytes, basename(absolute));
    const fingerprint = await fingerprintOf(absolute, bytes);
    let lockedBy: LockHolder | null = null;
    if (mode === 'readOnly') {
      const lock = await this.lockStatus(absolute);
      lockedBy =
        lock.state === 'held' || lock.state === 'stale'
          ? lock.holder
          : // Asked for read-only although nobody holds it (closed meanwhile): still read-only.
            { user: '', host: '', pid: 0, since: '' };
    } else {
      await this.lock(absolute, mode === 'takeOver');
    }
    await this.recent.add(absolute);
    return this.start(
      caller,
      { path: absolute, name: basename(absolute), fingerprint, lockedBy },
      document,
      false,
    );
  }

  async restore(caller: Caller, id: string): Promise<OpenDocument> {
    if (this.openRecoveryIds().has(id)) throw new UserError('shell.host.recoveryInUse');
    const copy = await this.recovery.read(id);
    return this.start(
      caller,
      { path: copy.path, name: copy.name, fingerprint: copy.baseFingerprint, recoveryId: id },
      copy.document,
      true,
    );
  }

  async save(
    caller: Caller,
    request: HostRequestParsed<'document.save'>,
    now = new Date(),
  ): Promise<HostResponse<'document.save'>> {
    const session = this.session(caller, request.handle);
    return session.serial.run(async () => {
      const target = request.path ? withExtension(resolve(request.path)) : session.path;
      if (!target) throw new UserError('shell.host.noPath');
      const name = basename(target);
      if (session.lockedBy) {
        throw new UserError('lock.readOnlySave', {
          file: session.name,
          user: session.lockedBy.user || '?',
        });
      }
      // Saving under another name: that file is ours to edit from now on, if nobody has it.
      const newTarget = target !== session.path;
      if (newTarget) await this.lock(target);
      const document = validateDocument(request.document, name);
      const text = serializeProtokoll(document);
      // The written text must read back as the same document: never replace a file with less.
      const check = parseProtokoll(text, name);
      if (JSON.stringify(check) !== JSON.stringify(document)) {
        throw new UserError('file.wouldShrink', { file: name });
      }
      const seqAtStart = session.recoverySeq;
      const current = await readWithFingerprint(target).catch((error: unknown) => {
        throw new UserError('file.unreadable', { file: target, reason: systemReason(error) });
      });
      const sameFile = target === session.path;
      if (
        current &&
        sameFile &&
        !request.force &&
        session.fingerprint &&
        !sameContent(current.fingerprint, session.fingerprint)
      ) {
        throw new UserError('file.changedOnDisk', { file: name });
      }
      const bytes = new TextEncoder().encode(text);
      // A file larger than the format opens would be saved but never read back: refuse it
      // before the backup or the file is touched.
      if (bytes.length > MAX_FILE_BYTES) {
        throw new UserError('file.tooLarge', {
          file: name,
          size: Math.round(bytes.length / 1024 / 1024),
          max: MAX_FILE_BYTES / 1024 / 1024,
        });
      }
      if (current && hashBytes(current.bytes) !== hashBytes(text)) {
        // The backup holds the same text: it keeps the mode of the file it was copied from.
        await writeFileAtomic(backupPathOf(target), current.bytes, { modeFrom: target });
      }
      await writeFileAtomic(target, bytes);
      const fingerprint = await fingerprintOf(target, bytes);
      if (newTarget) await this.unlock(session.path, session.handle);
      session.path = target;
      session.name = name;
      session.fingerprint = fingerprint;
      if (session.recoverySeq === seqAtStart) await this.recovery.discard(session.recoveryId);
      await this.recent.add(target);
      return { path: target, name, fingerprint, savedAt: now.toISOString() };
    });
  }

  async writeRecovery(
    caller: Caller,
    request: HostRequestParsed<'recovery.write'>,
  ): Promise<HostResponse<'recovery.write'>> {
    const session = this.session(caller, request.handle);
    const document = validateDocument(request.document, session.name || 'Protokoll');
    session.recoverySeq++;
    return session.serial.run(async () => {
      const savedAt = await this.recovery.write(
        session.recoveryId,
        { path: session.path, name: session.name, baseFingerprint: session.fingerprint },
        document,
      );
      return { savedAt };
    });
  }

  /** A clean close: the document was saved or the user chose to discard it. */
  async close(caller: Caller, handle: string): Promise<void> {
    const session = this.session(caller, handle);
    return session.serial.run(async () => {
      await this.recovery.discard(session.recoveryId);
      this.sessions.delete(handle);
      if (!session.lockedBy) await this.unlock(session.path, handle);
    });
  }

  /** A window closed cleanly (nothing unsaved): its documents and their copies go. */
  async closeOwner(owner: string): Promise<void> {
    const handles = [...this.sessions.values()]
      .filter((s) => s.owner === owner)
      .map((s) => s.handle);
    await Promise.all(handles.map((handle) => this.close({ owner }, handle)));
  }

  /** Forgets every document of a window that is gone, keeping recovery copies (a crash). */
  dropOwner(owner: string): void {
    for (const [handle, session] of this.sessions) {
      if (session.owner !== owner) continue;
      this.sessions.delete(handle);
      // The window is gone, so nobody edits the file here any more: others may open it.
      if (!session.lockedBy) void this.unlock(session.path, handle).catch(() => undefined);
    }
  }

  /** The app quits: every lock it holds goes, at once (the process cannot wait). */
  releaseLocks(): void {
    this.locks?.releaseAllSync();
  }

  /** Which owner has this file open, so a second open focuses that window instead. */
  ownerOfPath(path: string): string | null {
    const absolute = resolve(path);
    for (const session of this.sessions.values())
      if (session.path === absolute) return session.owner;
    return null;
  }

  openRecoveryIds(): Set<string> {
    return new Set([...this.sessions.values()].map((s) => s.recoveryId));
  }

  async listRecovery(): Promise<HostResponse<'recovery.list'>> {
    const open = this.openRecoveryIds();
    return (await this.recovery.list()).filter((entry) => !open.has(entry.id));
  }

  async discardRecovery(id: string): Promise<void> {
    if (this.openRecoveryIds().has(id)) throw new UserError('shell.host.recoveryInUse');
    await this.recovery.discard(id);
  }
}
