/**
 * Where a cold CLI export spends its time, against its peer in the same run (alternating):
 * `protokollant export --docx` against pandoc (HTML → DOCX), `--pdf` against LibreOffice
 * (DOCX → PDF), on the 60-item sample. Ours runs with PROTOKOLLANT_TRACE=1 (cli/trace.ts), which
 * names the moments of the run; Node's own start is `node -e 0` measured beside it. Both wall
 * time and CPU time are given: on a busy machine the wall clock mostly measures the neighbours,
 * while CPU time (user + system, from the process itself and /usr/bin/time for the peer) stays
 * close to what the run costs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPrintDocument } from '../../core/export/print-model';
import { readDocumentFile } from '../../host/fs/read-document';
import { hasCommand, ratio, seconds, tempDir } from '../support';
import type { BenchResult, BenchRow } from '../types';
import { printToHtml } from './01-docx';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/protokollant.js');
const RUNS = 5;

interface Timed {
  wall: number;
  cpu: number | null;
  trace?: Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * This machine's environment sets NODE_EXTRA_CA_CERTS (a CA bundle for its proxy): Node 20
 * reads and parses that file at every start, before any of our code runs (`node -e 0` 70–110 ms
 * with it, 20–30 ms without). The CLI opens no TLS connection. A row runs our side both ways.
 */
const MACHINE_CA = 'NODE_EXTRA_CA_CERTS';

/** Runs a command under /usr/bin/time (CPU time of it and its children) where there is one. */
function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  unset: readonly string[] = [],
): Timed {
  const gnuTime = existsSync('/usr/bin/time');
  const childEnv = { ...process.env, ...env };
  for (const name of unset) delete childEnv[name];
  const start = performance.now();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'BENCHCPU %U %S', command, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: childEnv,
      })
    : spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: childEnv });
  const wall = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.trim().split('\n')[0]}`);
  }
  const cpuLine = /BENCHCPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
  const traceLine = /PROTOKOLLANT_TRACE (\{.*\})/.exec(result.stderr);
  return {
    wall,
    cpu: cpuLine ? (Number(cpuLine[1]) + Number(cpuLine[2])) * 1000 : null,
    trace: traceLine ? (JSON.parse(traceLine[1]!) as Record<string, number>) : undefined,
  };
}

function sample(dir: string): string {
  if (!existsSync(join(ROOT, 'dist/cli/protokollant.cjs')))
    timed('node', ['scripts/build.mjs', 'cli']);
  const file = join(dir, 'sample.protokoll');
  timed(process.execPath, [CLI, 'sample', '--tops', '60', '--out', file]);
  return file;
}

/** Phase lengths from the trace: each mark minus the one before it (medians over runs). */
function breakdown(traces: Record<string, number>[], nodeStart: number, names: [string, string][]) {
  const parts = [`Node start ${Math.round(nodeStart)}`];
  const entry = median(traces.map((t) => t.entry!));
  parts.push(
    `module load ${Math.round(entry - nodeStart + median(traces.map((t) => t.modules! - t.entry!)))}`,
  );
  let previous = 'modules';
  for (const [mark, label] of names) {
    parts.push(`${label} ${Math.round(median(traces.map((t) => t[mark]! - t[previous]!)))}`);
    previous = mark;
  }
  return `${parts.join(', ')} ms (wall, medians)`;
}

function compare(
  oursArgs: (dir: string, run: number) => string[],
  peer: (dir: string, run: number) => Timed,
  names: [string, string][],
  goal: number,
  peerName: string,
  unset: readonly string[] = [],
): BenchResult {
  const dir = tempDir();
  const ours: Timed[] = [];
  const theirs: Timed[] = [];
  const nodeStarts: Timed[] = [];
  // One of each unmeasured first: both read their programs from disk once.
  const trace = { PROTOKOLLANT_TRACE: '1' };
  timed(process.execPath, [CLI, ...oursArgs(dir, -1)], trace, unset);
  peer(dir, -1);
  for (let run = 0; run < RUNS; run++) {
    nodeStarts.push(timed(process.execPath, ['-e', '0'], {}, unset));
    ours.push(timed(process.execPath, [CLI, ...oursArgs(dir, run)], trace, unset));
    theirs.push(peer(dir, run));
  }
  rmSync(dir, { recursive: true, force: true });
  const wall = median(ours.map((t) => t.wall));
  const peerWall = median(theirs.map((t) => t.wall));
  const cpu = ours.every((t) => t.cpu !== null) ? median(ours.map((t) => t.cpu!)) : null;
  const peerCpu = theirs.every((t) => t.cpu !== null) ? median(theirs.map((t) => t.cpu!)) : null;
  const cpuNote =
    cpu !== null && peerCpu !== null
      ? `CPU ${seconds(cpu)} vs ${seconds(peerCpu)} = ${ratio(cpu, peerCpu)}; `
      : '';
  return {
    ours: `${seconds(wall)} wall`,
    peer: `${seconds(peerWall)} ${peerName}`,
    ratio: ratio(wall, peerWall),
    met: wall <= goal * peerWall,
    note:
      cpuNote +
      breakdown(
        ours.map((t) => t.trace!),
        median(nodeStarts.map((t) => t.wall)),
        names,
      ) +
      `; ${RUNS} alternating runs`,
  };
}

async function coldDocx(unset: readonly string[]): Promise<BenchResult> {
  if (!hasCommand('pandoc')) return { ours: 'not measured', note: 'pandoc is not installed' };
  if (unset.some((name) => process.env[name] === undefined)) {
    return {
      ours: 'not measured',
      note: `${unset.join(', ')} is not set here: same as the row above`,
    };
  }
  const base = tempDir();
  const input = sample(base);
  const html = join(base, 'sample.html');
  writeFileSync(html, printToHtml(buildPrintDocument(await readDocumentFile(input))));
  return compare(
    (dir, run) => ['export', input, '--docx', join(dir, `ours-${run}.docx`)],
    (dir, run) =>
      timed('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(dir, `p-${run}.docx`), html]),
    [
      ['read', 'read + validate'],
      ['print', 'print model'],
      ['docx-module', 'DOCX writer + fonts load'],
      ['docx', 'DOCX build'],
      ['zip', 'zip'],
      ['write', 'write'],
      ['exit', 'exit'],
    ],
    0.3,
    'pandoc',
    unset,
  );
}

export const rows: BenchRow[] = [
  {
    name: 'Cold CLI DOCX (sample --tops 60): where the time goes, vs pandoc',
    goal: '≤ 0.3× pandoc',
    run: () => coldDocx([]),
  },
  {
    name: `Cold CLI DOCX as above, our side without the machine's ${MACHINE_CA}`,
    goal: '≤ 0.3× pandoc',
    run: () => coldDocx([MACHINE_CA]),
  },
  {
    name: 'Cold CLI PDF (sample --tops 60): where the time goes, vs LibreOffice',
    goal: '≤ 0.7× LibreOffice',
    async run(): Promise<BenchResult> {
      if (!hasCommand('soffice')) return { ours: 'not measured', note: 'soffice is not installed' };
      const base = tempDir();
      const input = sample(base);
      const docx = join(base, 'sample.docx');
      timed(process.execPath, [CLI, 'export', input, '--docx', docx]);
      return compare(
        (dir, run) => ['export', input, '--pdf', join(dir, `ours-${run}.pdf`)],
        (dir, run) => {
          const profile = mkdtempSync(join(dir, 'lo-profile-'));
          const out = join(dir, `lo-${run}`);
          const result = timed('soffice', [
            '--headless',
            '--norestore',
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            '--convert-to',
            'pdf',
            '--outdir',
            out,
            docx,
          ]);
          rmSync(profile, { recursive: true, force: true });
          return result;
        },
        [
          ['read', 'read + validate'],
          ['print', 'print model'],
          ['pdf-module', 'PDF module load'],
          ['html', 'print HTML'],
          ['chromium', 'Chromium prints'],
          ['finish', 'PDF properties'],
          ['write', 'write'],
          ['exit', 'Chromium closed, exit'],
        ],
        0.7,
        'LibreOffice',
      );
    },
  },
];
