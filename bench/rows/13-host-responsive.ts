/**
 * Issue 12, point 6: the host answers while it works. The browser-mode server (dist/web.mjs,
 * its worker threads, Chromium for PDF) runs one long job (a 2,000-item DOCX export, a 200-item
 * PDF export, a 2,000-row CSV import) while `app.info` is asked again and again, one call after
 * the other; each row gives the latency of those calls during its job (p50, p95, max); the goal
 * is met only when the slowest of them (the max) is within 100 ms. Before the worker threads,
 * one such call took 25 s. The order (answers before the export ends) is tested in
 * test/host-responsive.test.ts; the figure lives here because it depends on the machine.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
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

type Call = ReturnType<typeof webApi>;

/** What runs while `app.info` is asked: one of the host's long jobs, as the app sends it. */
interface Job {
  name: string;
  /** Makes the job's input in `dir`; returns the request's method and parameters. */
  prepare(dir: string, call: Call): Promise<[Parameters<Call>[0], unknown]>;
}

const sample = (file: string, tops: number) => {
  const made = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/protokollant.js'),
      'sample',
      '--tops',
      String(tops),
      '--speakers',
      '1',
      '--out',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(made.stderr);
};

/** An export as the app sends it: the document's JSON text. */
const exportJob =
  (kind: 'docx' | 'pdf', tops: number): Job['prepare'] =>
  async (dir, call) => {
    const file = join(dir, 'gross.protokoll');
    sample(file, tops);
    const documentText = JSON.stringify(
      valueOf<{ document: unknown }>(await call('document.open', { path: file })).document,
    );
    return [
      'export.write',
      {
        documentText,
        kind,
        path: join(dir, `gross.${kind}`),
        itemId: null,
        jobId: 'bench-responsive',
      },
    ];
  };

const JOBS: Job[] = [
  { name: 'a 2,000-item DOCX export', prepare: exportJob('docx', 2000) },
  { name: 'a 200-item PDF export', prepare: exportJob('pdf', 200) },
  {
    name: 'a 2,000-row CSV agenda import',
    async prepare(dir) {
      const file = join(dir, 'tagesordnung.csv');
      const rows = Array.from(
        { length: 2000 },
        (_, i) =>
          `${i + 1};"Punkt ${i + 1}: Bebauungsplan „Am Mühlbach“, Abwägung";${i}/2026;${i % 7 ? 'ja' : 'nein'}`,
      );
      writeFileSync(file, ['TOP;Betreff;Drucksache;öffentlich', ...rows].join('\r\n'));
      return ['document.import', { path: file, templateId: null }];
    },
  },
];

export const rows: BenchRow[] = JOBS.map((job) => ({
  name: `\`app.info\` latency during ${job.name} (browser mode)`,
  goal: 'every call ≤ 100 ms (max)',
  async run() {
    const dir = tempDir('protokollant-bench-responsive-');
    const profiles = join(dir, 'cpu-profiles');
    const web = await startWebMode({
      userDataDir: join(dir, 'user-data'),
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    });
    const now = () => Number(process.hrtime.bigint() / 1000n);
    const window = { from: 0, to: 0 };
    try {
      const call = webApi(web);
      const [method, params] = await job.prepare(dir, call);
      let done = false;
      window.from = now();
      const running = call(method, params).finally(() => (done = true));
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
      valueOf(await running);
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
        // "Within 100 ms during any of them" (issue 12): every single call, not most of them.
        met: max <= GOAL_MS,
        note:
          `${latencies.length} calls during a ${(total / 1000).toFixed(1)} s job, ${over} over ${GOAL_MS} ms, the slowest at +${(slowestAt / 1000).toFixed(1)} s; ` +
          `with nothing running, as long after it: max ${Math.max(...idle).toFixed(0)} ms; ` +
          `longest busy stretch of the server's main thread during the job: ${task.ms.toFixed(0)} ms (${task.top})`,
      };
    } finally {
      await web.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
}));
