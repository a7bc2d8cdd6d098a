import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../core/errors';
import { t, type Lang, type MessageKey, type MessageParam } from '../../core/i18n/catalog';

export interface AtomicWriteOptions {
  /**
   * The exact mode of the file, set when the temporary file is created (key files: 0o600), so
   * there is no moment in which the content is readable by more than it should be.
   */
  mode?: number;
  /** Take the mode of this file (a backup keeps the mode of the file it was copied from). */
  modeFrom?: string;
}

/** A temporary file of a save older than this belongs to a save that was killed. */
export const STALE_TEMP_MS = 60_000;

const TEMP_SUFFIX = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The permission bits of a file, or null when there is none. */
async function modeOf(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info.mode & 0o7777 : null;
}

/**
 * Removes what a killed save of this file left behind (".<name>.<random>.tmp"), once it is
 * old enough that no save can still be writing it. Best effort: a file that cannot be removed
 * stays, the save goes on.
 */
export async function removeStaleTemps(path: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(path);
  const name = basename(path);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of names) {
    if (TEMP_SUFFIX.exec(entry)?.[1] !== name) continue;
    const temp = join(dir, entry);
    const info = await stat(temp).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
    if (
      await unlink(temp).then(
        () => true,
        () => false,
      )
    )
      removed.push(temp);
  }
  return removed;
}

/**
 * Writes a file so that a reader (or a crash) sees either the old or the new content, never a
 * mix: write a temporary file beside the target, fsync it, rename it over the target, fsync
 * the folder. The temporary file is removed when anything fails.
 *
 * Modes: a replaced file keeps its mode (a 0600 minutes file stays 0600); a new file takes the
 * user's umask (created 0666 & ~umask, as any program would); `mode` sets an exact mode from
 * the first byte on. The temporary file is never more open than the final one.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const temp = tempPathOf(path);
  let handle;
  try {
    await removeStaleTemps(path);
    const wanted =
      options.mode ??
      (options.modeFrom !== undefined ? await modeOf(options.modeFrom) : null) ??
      (await modeOf(path));
    // Created with the wanted mode (the umask can only narrow it), then set exactly: the
    // temporary file never allows more than the target will.
    handle = await open(temp, 'wx', wanted ?? 0o666);
    if (wanted !== null) await handle.chmod(wanted);
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

function toWriteError(path: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  return new UserError(
    'file.unwritable',
    { file: path, reason: systemReason(error) },
    { cause: error },
  );
}
