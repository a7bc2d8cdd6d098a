/**
 * `npm run bench`: speed and memory goals, measured, printed as a table. Each area keeps its
 * rows in bench/rows/<area>.ts; a row measures ours and, where the issue names one, a peer in
 * the same run, and states its goal. Rows whose tools are missing say so instead of failing.
 * Usage: npm run bench [-- <row-name-filter>]
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeSharedBrowser } from './app';
import { machineLoad, machineName } from './support';
import type { BenchResult, BenchRow } from './types';

const filter = process.argv[2]?.toLowerCase();
const rowsDir = fileURLToPath(new URL('./rows/', import.meta.url));
const modules = readdirSync(rowsDir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

const results: { row: BenchRow; result: BenchResult | { error: string } }[] = [];
/** What row modules keep open across their rows (a browser session), ended after the table. */
const cleanups: (() => Promise<void>)[] = [];
for (const file of modules) {
  const { rows, cleanup } = (await import(pathToFileURL(`${rowsDir}${file}`).href)) as {
    rows: BenchRow[];
    cleanup?: () => Promise<void>;
  };
  if (cleanup) cleanups.push(cleanup);
  for (const row of rows) {
    if (filter && !row.name.toLowerCase().includes(filter)) continue;
    process.stderr.write(`bench: ${row.name} …\n`);
    try {
      results.push({ row, result: await row.run() });
    } catch (error) {
      // One line: the table stays a table whatever the error says.
      const message = error instanceof Error ? error.message : String(error);
      results.push({ row, result: { error: message.split('\n')[0]!.slice(0, 160) } });
    }
  }
}

const table = results.map(({ row, result }) =>
  'error' in result
    ? [row.name, 'error', '', '', row.goal, result.error]
    : [
        row.name,
        result.ours,
        result.peer ?? '',
        result.ratio ?? '',
        row.goal,
        `${result.met === undefined ? '' : result.met ? 'met' : 'NOT MET'}${result.note ? ` — ${result.note}` : ''}`,
      ],
);
// The machine and how busy it was: timings on a shared machine are read against this.
console.log(`Machine: ${machineName()}; at the end: ${machineLoad()}\n`);
const header = ['benchmark', 'ours', 'peer', 'ratio', 'goal', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => String(r[i]).length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row.map(String)));
// A row run alone (a filter) may leave open what a later row would have closed: end it all, so
// the run ends.
for (const cleanup of cleanups) await cleanup();
await closeSharedBrowser();
