import { basename, resolve } from 'node:path';
import {
  MAX_GREMIUM_BYTES,
  parseGremiumBytes,
  serializeGremium,
  validateGremium,
  withGremiumExtensionName,
  type Gremium,
} from '../../core/body/gremium';
import { writeFileAtomic } from '../fs/atomic-write';
import { readUserFile } from '../fs/read-document';

/**
 * The body file (.gremium) on disk: read with the messages a clerk understands, written
 * atomically (a reader on the file server sees the old or the new file, never half of one),
 * keeping the mode the file had.
 */
export async function readGremiumFile(path: string): Promise<Gremium> {
  const absolute = resolve(path);
  return parseGremiumBytes(await readUserFile(absolute, MAX_GREMIUM_BYTES), basename(absolute));
}

/** Writes a body (checked again here: what the renderer sends is untrusted). */
export async function writeGremiumFile(
  path: string,
  gremium: unknown,
): Promise<{ path: string; name: string }> {
  const absolute = withGremiumExtensionName(resolve(path));
  const checked = validateGremium(gremium, basename(absolute));
  await writeFileAtomic(absolute, serializeGremium(checked));
  return { path: absolute, name: basename(absolute) };
}
