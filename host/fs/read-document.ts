import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { MAX_FILE_BYTES, parseProtokollBytes } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { systemReason } from './atomic-write';

/** Reads raw bytes of a user's file with the file errors a clerk understands. */
export async function readUserFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError('file.isDirectory', { file: path });
    if (info.size > maxBytes) {
      throw new UserError('file.tooLarge', {
        file: basename(path),
        size: Math.round(info.size / 1024 / 1024),
        max: Math.round(maxBytes / 1024 / 1024),
      });
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file.notFound', { file: path });
    if (code === 'EISDIR') throw new UserError('file.isDirectory', { file: path });
    throw new UserError('file.unreadable', { file: path, reason: systemReason(error) });
  }
}

export async function readDocumentFile(path: string): Promise<ProtocolDocument> {
  const bytes = await readUserFile(path);
  return parseProtokollBytes(bytes, basename(path));
}
