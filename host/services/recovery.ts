import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import { validateDocument } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { writeFileAtomic } from '../fs/atomic-write';

const RECOVERY_FORMAT = 'protokollant/recovery';
const ID = /^rec-[a-f0-9]{16}$/;
const STALE_TEMP_MS = 60_000;

const recoveryFileSchema = z.object({
  format: z.literal(RECOVERY_FORMAT),
  id: z.string().regex(ID),
  path: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
  /** The fingerprint of the user's file the edits started from: a later save still notices changes by others. */
  baseFingerprint: z.string().nullable(),
  summary: z.string(),
  document: z.unknown(),
});

export interface RecoveryMeta {
  path: string | null;
  name: string;
  baseFingerprint: string | null;
}

export interface RecoveredDocument extends RecoveryMeta {
  id: string;
  document: ProtocolDocument;
}

export function newRecoveryId(): string {
  return `rec-${randomBytes(8).toString('hex')}`;
}

/** "Verwaltungsausschuss, 27.06.2018, TOP 12 Maßnahmenpaket …": enough to recognise a copy. */
export function summarize(document: ProtocolDocument): string {
  const body = document.body.shortName || document.body.name;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(document.meeting.date);
  const parts = [body];
  if (date) parts.push(`${date[3]}.${date[2]}.${date[1]}`);
  const first = document.items[0];
  if (first && document.items.length === 1) {
    const title = first.title.length > 60 ? `${first.title.slice(0, 59)}…` : first.title;
    parts.push(`TOP ${first.number} ${title}`.trim());
  } else if (document.items.length > 1) {
    parts.push(`${document.items.length} TOP`);
  }
  return parts.filter((p) => p.trim() !== '').join(', ');
}

/**
 * Recovery copies (autosave) in `<userData>/recovery/<id>.json`. The user's own file is never
 * touched here. A clean close or a save removes the copy; what is left after a crash is offered
 * for restoring on the next start.
 */
export class RecoveryStore {
  readonly folder: string;

  constructor(userData: string) {
    this.folder = join(userData, 'recovery');
  }

  private fileOf(id: string): string {
    if (!ID.test(id)) throw new UserError('shell.host.recoveryNotFound');
    return join(this.folder, `${id}.json`);
  }

  async write(
    id: string,
    meta: RecoveryMeta,
    document: ProtocolDocument,
    now = new Date(),
  ): Promise<string> {
    const file = this.fileOf(id);
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const savedAt = now.toISOString();
    const record: z.infer<typeof recoveryFileSchema> = {
      format: RECOVERY_FORMAT,
      id,
      ...meta,
      savedAt,
      summary: summarize(document),
      document,
    };
    // Compact: autosave runs often, and nobody reads these files but us.
    await writeFileAtomic(file, JSON.stringify(record));
    return savedAt;
  }

  private async readRecord(id: string): Promise<z.infer<typeof recoveryFileSchema>> {
    let text: string;
    try {
      text = await readFile(this.fileOf(id), 'utf8');
    } catch {
      throw new UserError('shell.host.recoveryNotFound');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UserError('shell.host.recoveryDamaged');
    }
    const parsed = recoveryFileSchema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== id) {
      throw new UserError('shell.host.recoveryDamaged');
    }
    return parsed.data;
  }

  /** Copies on disk, newest first; damaged ones are left on disk but not offered. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const entries: RecoveryEntry[] = [];
    for (const name of names) {
      // A write cut off by a crash leaves its temporary file: tidy those up once they are old.
      if (name.startsWith('.rec-') && name.endsWith('.tmp')) {
        const path = join(this.folder, name);
        const info = await stat(path).catch(() => null);
        if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) {
          await unlink(path).catch(() => undefined);
        }
        continue;
      }
      const id = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !ID.test(id)) continue;
      try {
        const { path, name: fileName, savedAt, summary } = await this.readRecord(id);
        entries.push({ id, path, name: fileName, savedAt, summary });
      } catch {
        /* damaged or vanished meanwhile */
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(id: string): Promise<RecoveredDocument> {
    const record = await this.readRecord(id);
    const document = validateDocument(record.document, record.name || id);
    return {
      id,
      path: record.path,
      name: record.name,
      baseFingerprint: record.baseFingerprint,
      document,
    };
  }

  async discard(id: string): Promise<void> {
    await unlink(this.fileOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
