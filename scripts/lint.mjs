// `npm run lint`: ESLint (with the layer rules), Prettier, and the TypeScript checks, the core's
// own check without DOM and Node types included. Runs them all and fails if any fails.
import { spawnSync } from 'node:child_process';

const steps = [
  ['eslint', ['eslint', '.', '--max-warnings=0']],
  ['prettier', ['prettier', '--check', '.', '--log-level=warn']],
  ['tsc', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['tsc (core: no DOM, no Node)', ['tsc', '-p', 'tsconfig.core.json', '--noEmit']],
];

let failed = 0;
for (const [name, [bin, ...args]] of steps) {
  const result = spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`lint: ${name} failed`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
