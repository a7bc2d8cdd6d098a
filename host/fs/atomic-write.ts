import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ProtocolError } from '../../core/errors';
import { t, type Lang, type MessageKey, type MessageParam } from '../../core/i18n/catalog';

/**
 * Writes a file so that a reader (or a crash) sees either the old or the new content, never a
 * mix: write a temporary file beside the target, fsync it, rename it over the target, fsync
 * the folder. The temporary file is removed when anything fails.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw toWriteError(path, error);
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; not supported on every platform (Windows), so best effort.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

const REASONS: Record<string, MessageKey> = {
  ENOENT: 'reason.noFolder',
  EACCES: 'reason.permission',
  EPERM: 'reason.permission',
  EISDIR: 'reason.isFolder',
  ENOSPC: 'reason.diskFull',
  EROFS: 'reason.readOnly',
  ENOTDIR: 'reason.notFolder',
};

/** The reason of a failed system call, in the user's language. */
export function systemReason(error: unknown): MessageParam {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const key = code ? REASONS[code] : undefined;
  if (key) return (lang: Lang) => t(lang, key);
  return code ?? (error instanceof Error ? error.message : String(error));
}

function toWriteError(path: string, error: unknown): ProtocolError {
  if (error instanceof ProtocolError) return error;
  return new ProtocolError(
    'file.unwritable',
    { file: path, reason: systemReason(error) },
    { cause: error },
  );
}
