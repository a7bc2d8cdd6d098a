/**
 * PDF export of a 60-item sample meeting (`protokollant sample --tops 60`).
 *
 * Cold: the CLI in a new process (`protokollant export … --pdf`: Node, the document, Chromium
 * started and closed) against LibreOffice converting our DOCX of the same document to PDF
 * (`soffice --headless --convert-to pdf`, a fresh profile each time), in the same run. The two
 * alternate, so load from elsewhere on the machine hits both alike; the row compares medians.
 *
 * Warm: as the app exports, renderExport in a process whose PDF engine is already running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderExport } from '../../host/export/render';
import { readDocumentFile } from '../../host/fs/read-document';
import { createChromiumEngine } from '../../host/pdf/chromium';
import { hasCommand, ratio, seconds, tempDir } from '../support';
import type { BenchResult, BenchRow } from '../types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/protokollant.js');
const TOPS = '60';
const COLD_RUNS = 5;
const WARM_RUNS = 7;
const COLD_GOAL = 0.7;
const WARM_GOAL_MS = 3_000;
/** Clicks in the app are this far apart at least; the engine readies its next page meanwhile. */
const WARM_PAUSE_MS = 1_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function run(command: string, args: string[]): { ms: number; ok: boolean; detail: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT });
  const ms = performance.now() - start;
  const detail = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n')[0] ?? '';
  return { ms, ok: result.status === 0, detail };
}

function pages(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '';
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The sample meeting, made by the CLI (built here if `npm run bench` has not built it). */
function sample(dir: string): string {
  if (!existsSync(join(ROOT, 'dist/cli/protokollant.cjs'))) {
    const built = run(process.execPath, ['scripts/build.mjs', 'cli']);
    if (!built.ok) throw new Error(`building the CLI failed: ${built.detail}`);
  }
  const file = join(dir, 'sample.protokoll');
  const made = run(process.execPath, [CLI, 'sample', '--tops', TOPS, '--out', file]);
  if (!made.ok) throw new Error(`protokollant sample failed: ${made.detail}`);
  return file;
}

async function coldAgainstLibreOffice(): Promise<BenchResult> {
  const dir = tempDir();
  const input = sample(dir);
  const ours = join(dir, 'ours.pdf');
  const oursRuns: number[] = [];
  const measureOurs = () => {
    rmSync(ours, { force: true });
    const r = run(process.execPath, [CLI, 'export', input, '--pdf', ours]);
    if (!r.ok) throw new Error(`protokollant export --pdf failed: ${r.detail}`);
    oursRuns.push(r.ms);
  };

  const docx = join(dir, 'sample.docx');
  const docxMade = run(process.execPath, [CLI, 'export', input, '--docx', docx]);
  const peerMissing = !docxMade.ok
    ? `no peer: the DOCX exporter is not available yet (${docxMade.detail})`
    : !hasCommand('soffice')
      ? 'no peer: LibreOffice (soffice) is not installed'
      : null;
  if (peerMissing) {
    for (let i = 0; i < COLD_RUNS; i++) measureOurs();
    return { ours: seconds(median(oursRuns)), note: `${peerMissing}; ${pages(ours)} pages` };
  }

  const peerRuns: number[] = [];
  const peerOut = join(dir, 'lo');
  const measurePeer = () => {
    // A fresh profile each time: LibreOffice cold, as a recipient converting one file would be.
    const profile = mkdtempSync(join(dir, 'lo-profile-'));
    const r = run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      peerOut,
      docx,
    ]);
    rmSync(profile, { recursive: true, force: true });
    if (!r.ok || !existsSync(join(peerOut, 'sample.pdf'))) {
      throw new Error(`soffice --convert-to pdf failed: ${r.detail}`);
    }
    peerRuns.push(r.ms);
  };
  // One of each first, unmeasured: both read their programs from disk once.
  measureOurs();
  measurePeer();
  oursRuns.length = 0;
  peerRuns.length = 0;
  for (let i = 0; i < COLD_RUNS; i++) {
    measureOurs();
    measurePeer();
  }
  const oursMs = median(oursRuns);
  const peerMs = median(peerRuns);
  const ourPages = pages(ours);
  const peerPages = pages(join(peerOut, 'sample.pdf'));
  return {
    ours: seconds(oursMs),
    peer: seconds(peerMs),
    ratio: ratio(oursMs, peerMs),
    met: oursMs <= COLD_GOAL * peerMs,
    note:
      `median of ${COLD_RUNS} alternating cold runs each; ours ${ourPages} pages, ` +
      `LibreOffice ${peerPages} pages; ${(statSync(ours).size / 1024).toFixed(0)} KB`,
  };
}

async function warmInProcess(): Promise<BenchResult> {
  const dir = tempDir();
  const document = await readDocumentFile(sample(dir));
  const engine = createChromiumEngine();
  try {
    // The app's engine is already up when the user exports: start it and print once.
    const first = await renderExport(document, 'pdf', { pdfEngine: engine });
    // Timed one by one: the pause between two exports is not part of an export.
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      await new Promise((resolve) => setTimeout(resolve, WARM_PAUSE_MS));
      const start = performance.now();
      await renderExport(document, 'pdf', { pdfEngine: engine });
      times.push(performance.now() - start);
    }
    const warm = median(times);
    return {
      ours: seconds(warm),
      met: warm <= WARM_GOAL_MS,
      note: `median of ${WARM_RUNS} exports, ${WARM_PAUSE_MS} ms apart, one engine; ${(first.length / 1024).toFixed(0)} KB`,
    };
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const rows: BenchRow[] = [
  {
    name: `PDF export, CLI cold (sample --tops ${TOPS}) vs LibreOffice DOCX→PDF`,
    goal: `≤ ${COLD_GOAL}× LibreOffice`,
    run: coldAgainstLibreOffice,
  },
  {
    name: `PDF export, warm engine in-process (sample --tops ${TOPS})`,
    goal: `≤ ${seconds(WARM_GOAL_MS)}`,
    run: warmInProcess,
  },
];
