import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../bin/protokollant.js', import.meta.url));

/** Builds dist/cli/protokollant.cjs (and its code cache) once per test file if it is missing or when asked to. */
export function ensureCliBuilt(force = false): void {
  if (!force && existsSync(new URL('../../dist/cli/protokollant.cjs', import.meta.url))) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`building the CLI failed: ${result.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, PROTOKOLLANT_LANG: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
