import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../bin/protokollant.js', import.meta.url));

/**
 * Checks that the CLI is built (dist/cli/protokollant.cjs): the integration tests' global setup
 * builds it once for the run (test/support/build.ts); a file never builds it itself, as another
 * file may be running the CLI at the same moment.
 */
export function ensureCliBuilt(): void {
  if (existsSync(new URL('../../dist/cli/protokollant.cjs', import.meta.url))) return;
  throw new Error('dist/cli/protokollant.cjs is missing: run `node scripts/build.mjs cli` first');
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
