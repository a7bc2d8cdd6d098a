import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../host/fs/atomic-write';
import { formatSize, say, UsageError, type CliContext } from './context';

/** What to do with an output path that already holds a file. */
export interface OutputPolicy {
  /** Replace an existing file (the old one is kept as "<file>.bak"). */
  force?: boolean;
  /**
   * Which existing files may be replaced without --force: `--out` replaces none (a new
   * document never silently overwrites minutes, signed or not); an export replaces an earlier
   * export of its kind, never a Protokoll file.
   */
  replaceable?: (path: string, index: number) => boolean;
}

/** Existing files that are kept aside before being replaced (see writeOutput). */
const backups = new Set<string>();

/**
 * An option given twice (`--docx a.docx --docx b.docx`) is a mistake: Node's parseArgs would
 * keep the last silently. Checked before parsing, so the message names the option.
 */
export function rejectRepeated(args: readonly string[], options: readonly string[]): void {
  for (const option of options) {
    const flag = `--${option}`;
    let count = 0;
    for (const arg of args) {
      if (arg === '--') break;
      if (arg === flag || arg.startsWith(`${flag}=`)) count++;
    }
    if (count > 1) throw new UsageError('safety.optionTwice', { option: flag });
  }
}

/**
 * Checks every output path before any work is done, so a typo in the last of three outputs
 * does not leave the first two written; then writes each one atomically.
 */
export async function checkOutputs(
  ctx: CliContext,
  outputs: string[],
  inputs: string[],
  /** Without a policy an existing file is replaced (a command that updates a file it names). */
  policy: OutputPolicy | null = null,
): Promise<string[]> {
  const resolved = outputs.map((o) => resolve(ctx.cwd, o));
  const inputSet = new Set(inputs.map((i) => resolve(ctx.cwd, i)));
  const seen = new Set<string>();
  for (const [index, path] of resolved.entries()) {
    const shown = outputs[index]!;
    if (inputSet.has(path)) throw new UsageError('cli.outputIsInput', { file: shown });
    if (seen.has(path)) throw new UsageError('cli.outputTwice', { file: shown });
    seen.add(path);
    const folder = await stat(dirname(path)).catch(() => null);
    if (!folder?.isDirectory()) throw new UsageError('cli.outputFolderMissing', { file: shown });
    const existing = await stat(path).catch(() => null);
    if (existing?.isDirectory()) throw new UsageError('file.isDirectory', { file: shown });
    if (existing && policy) {
      if (policy.force) backups.add(path);
      else if (!policy.replaceable?.(path, index)) {
        throw new UsageError('safety.outputExists', { file: shown });
      }
    }
  }
  return resolved;
}

export async function writeOutput(
  ctx: CliContext,
  path: string,
  shown: string,
  data: Uint8Array | string,
): Promise<void> {
  if (backups.has(path)) {
    // The replaced file stays beside the new one, as a save in the app keeps it.
    const old = await readFile(path).catch(() => null);
    if (old) await writeFileAtomic(`${path}.bak`, old, { modeFrom: path });
    backups.delete(path);
  }
  await writeFileAtomic(path, data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  say(ctx, 'cli.wrote', { file: shown, size: formatSize(size) });
}
