import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/**
 * What a file on disk was: size, modification time and content hash, as one string. Two
 * fingerprints describe the same content when size and hash agree; the time alone changes when
 * a program re-saves identical bytes, which is no conflict.
 */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function formatFingerprint(f: Fingerprint): string {
  return `${f.size}:${Math.trunc(f.mtimeMs)}:${f.sha256}`;
}

export function parseFingerprint(text: string): Fingerprint | null {
  const match = /^(\d+):(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) return null;
  return { size: Number(match[1]), mtimeMs: Number(match[2]), sha256: match[3]! };
}

export function sameContent(a: string, b: string): boolean {
  const fa = parseFingerprint(a);
  const fb = parseFingerprint(b);
  if (!fa || !fb) return false;
  return fa.size === fb.size && fa.sha256 === fb.sha256;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function fingerprintOf(path: string, bytes: Uint8Array): Promise<string> {
  const info = await stat(path);
  return formatFingerprint({ size: bytes.length, mtimeMs: info.mtimeMs, sha256: hashBytes(bytes) });
}

/** The file's current bytes and fingerprint, or null when there is no file. */
export async function readWithFingerprint(
  path: string,
): Promise<{ bytes: Uint8Array; fingerprint: string } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return { bytes, fingerprint: await fingerprintOf(path, bytes) };
}
