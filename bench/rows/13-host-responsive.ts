/**
 * Issue 12, point 6: the host answers while it exports. The browser-mode server (dist/web.mjs,
 * its worker threads) exports the 2,000-item sample (`sample --tops 2000 --speakers 1`) as DOCX
 * while `app.info` is asked again and again, one call after the other; the row gives the
 * latency of those calls during the export (p50, p95, max); the goal is met only when the
 * slowest of them (the max) is within 100 ms. Before the worker threads, one
 * such call took 25 s. The order (answers before the export ends) is tested in
 * test/host-responsive.test.ts; the figure lives here because it depends on the machine.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { valueOf, webApi } from '../../test/support/web-api';
import { startWebMode } from '../../test/support/web-mode';
import { longestTask, mainThreadProfile } from '../main-thread';
import { tempDir } from '../support';
import type { BenchRow } from '../types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The goal: the host answers within this during any import, export or print. */
const GOAL_MS = 100;

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export const rows: BenchRow[] = [
  {
    name: '`app.info` latency during a 2,000-item DOCX export (browser mode)',
    goal: 'every call ≤ 100 ms (max)',
    async run() {
      const dir = tempDir('protokollant-bench-responsive-');
      const file = join(dir, 'gross.protokoll');
      const made = spawnSync(
        process.execPath,
        [
          join(ROOT, 'bin/protokollant.js'),
          'sample',
          '--tops',
          '2000',
          '--speakers',
          '1',
          '--out',
          file,
        ],
        { encoding: 'utf8' },
      );
      if (made.status !== 0) throw new Error(made.stderr);
      const profiles = join(dir, 'cpu-profiles');
      const web = await startWebMode({
        userDataDir: join(dir, 'user-data'),
        nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
      });
      const now = () => Number(process.hrtime.bigint() / 1000n);
      const window = { from: 0, to: 0 };
      try {
        const call = webApi(web);
        // As the app sends it: the document's JSON text.
        const documentText = JSON.stringify(
          valueOf<{ document: unknown }>(await call('document.open', { path: file })).document,
        );
        let done = false;
        window.from = now();
        const exported = call('export.write', {
          documentText,
          kind: 'docx',
          path: join(dir, 'gross.docx'),
          itemId: null,
          jobId: 'bench-responsive',
        }).finally(() => (done = true));
        const latencies: number[] = [];
        const started = performance.now();
        let slowest = 0;
        let slowestAt = 0;
        while (!done) {
          const t0 = performance.now();
          valueOf(await call('app.info', {}));
          const ms = performance.now() - t0;
          if (done) break;
          if (ms > slowest) [slowest, slowestAt] = [ms, t0 - started];
          latencies.push(ms);
        }
        valueOf(await exported);
        window.to = now();
        const total = performance.now() - started;
        // The same calls as long again with nothing running: on a busy machine the scheduler
        // alone makes some calls slow, and this says how slow.
        const idle: number[] = [];
        const idleUntil = performance.now() + total;
        while (performance.now() < idleUntil) {
          const t0 = performance.now();
          valueOf(await call('app.info', {}));
          idle.push(performance.now() - t0);
        }
        const sorted = [...latencies].sort((a, b) => a - b);
        const max = sorted.at(-1) ?? 0;
        const over = sorted.filter((ms) => ms > GOAL_MS).length;
        // The server writes its CPU profile as it stops.
        await web.stop();
        const task = longestTask(mainThreadProfile(profiles), window.from, window.to);
        return {
          ours: `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${max.toFixed(0)} ms`,
          // "Within 100 ms during any export" (issue 12): every single call, not most of them.
          met: max <= GOAL_MS,
          note:
            `${latencies.length} calls during a ${(total / 1000).toFixed(1)} s export, ${over} over ${GOAL_MS} ms, the slowest at +${(slowestAt / 1000).toFixed(1)} s; ` +
            `with no export, as long after it: max ${Math.max(...idle).toFixed(0)} ms; ` +
            `longest busy stretch of the server's main thread during the export: ${task.ms.toFixed(0)} ms (${task.top})`,
        };
      } finally {
        await web.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
