import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../host/fs/atomic-write';
import { formatSize, say, UsageError, type CliContext } from './context';

/**
 * Checks every output path before any work is done, so a typo in the last of three outputs
 * does not leave the first two written; then writes each one atomically.
 */
export async function checkOutputs(
  ctx: CliContext,
  outputs: string[],
  inputs: string[],
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
  }
  return resolved;
}

export async function writeOutput(
  ctx: CliContext,
  path: string,
  shown: string,
  data: Uint8Array | string,
): Promise<void> {
  await writeFileAtomic(path, data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  say(ctx, 'cli.wrote', { file: shown, size: formatSize(size) });
}
