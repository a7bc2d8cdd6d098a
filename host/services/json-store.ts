import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic, type AtomicWriteOptions } from '../fs/atomic-write';

/**
 * A small JSON file in the user data folder (settings, recent list). A missing file gives the
 * fallback; a damaged one is moved aside as `<name>.damaged` (kept for inspection, never
 * silently overwritten) and the fallback is used.
 */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  fallback: () => T,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback();
    throw error;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    /* not JSON: handled below */
  }
  await rename(path, `${path}.damaged`).catch(() => undefined);
  return fallback();
}

export async function writeJsonFile(
  path: string,
  value: unknown,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // The user data folder, should it not exist yet: owner only (see ensureUserDataFolder).
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 1)}\n`, options);
}

/** Runs tasks one after another: two writes of one small file never interleave. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
