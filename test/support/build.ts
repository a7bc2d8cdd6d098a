import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest global setup of the integration tests: the app, the CLI and the browser mode built
 * once, from the sources as they are, before any file runs. The files run two at a time, so
 * none may build on its own: a build empties dist/renderer and rewrites the CLI and its code
 * cache under the feet of the file running beside it.
 */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'all'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`node scripts/build.mjs all failed:\n${result.stdout}${result.stderr}`);
  }
}
