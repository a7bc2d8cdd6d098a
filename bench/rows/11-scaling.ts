/**
 * How costs grow with the meeting: DOCX and PDF export (in-process, as the app exports, the PDF
 * engine already running) and open-to-editable in the browser mode for sample meetings of 15,
 * 60 and 240 items, each with its growth factor per step (4× the items: linear is ×4). Then
 * the memory with the 240-item meeting open: the renderer's JS heap and the host's RSS (here
 * the browser-mode server, which holds the document as Electron's main process does).
 */
import { buildSampleMeeting } from '../../core/sample/sample';
import { renderExport } from '../../host/export/render';
import { createChromiumEngine } from '../../host/pdf/chromium';
import { closeSharedBrowser, jsHeapMb, openApp, rssMb } from '../app';
import { medianMs, seconds } from '../support';
import type { BenchResult, BenchRow } from '../types';

const SIZES = [15, 60, 240] as const;
const RUNS = 3;

const growth = (values: number[]) => values.slice(1).map((v, i) => v / values[i]!);
const linear = (factors: number[]) => factors.every((f) => f <= 4);
const table = (values: number[], format: (v: number) => string, factors: number[]) => ({
  ours: values.map(format).join(' / '),
  ratio: factors.map((f) => `×${f.toFixed(2)}`).join(', '),
  met: linear(factors),
});

async function exportTimes(format: 'docx' | 'pdf'): Promise<number[]> {
  const engine = format === 'pdf' ? createChromiumEngine() : undefined;
  try {
    const times: number[] = [];
    for (const tops of SIZES) {
      const document = buildSampleMeeting({ tops });
      // Once unmeasured: the writer's module loaded, the engine up, the code warm.
      await renderExport(document, format, { pdfEngine: engine });
      times.push(await medianMs(RUNS, () => renderExport(document, format, { pdfEngine: engine })));
    }
    return times;
  } finally {
    await engine?.close();
  }
}

let opened: Promise<{ loads: number[]; heap: number; rss: number | null }> | null = null;

function openAll() {
  opened ??= (async () => {
    const loads: number[] = [];
    let heap = 0;
    let rss: number | null = null;
    for (const tops of SIZES) {
      const app = await openApp({ tops });
      try {
        loads.push(app.loadToEditableMs);
        if (tops === 240) {
          heap = await jsHeapMb(app.cdp);
          rss = rssMb(app.web.process.pid);
        }
      } finally {
        await app.close();
      }
    }
    await closeSharedBrowser();
    return { loads, heap, rss };
  })();
  return opened;
}

export const rows: BenchRow[] = [
  {
    name: 'Scaling: DOCX export, 15 / 60 / 240 items (in-process)',
    goal: 'growth ≤ ×4 per 4× items (linear)',
    async run(): Promise<BenchResult> {
      const times = await exportTimes('docx');
      return { ...table(times, seconds, growth(times)), note: `medians of ${RUNS}` };
    },
  },
  {
    name: 'Scaling: PDF export, 15 / 60 / 240 items (engine running)',
    goal: 'growth ≤ ×4 per 4× items (linear)',
    async run(): Promise<BenchResult> {
      const times = await exportTimes('pdf');
      return { ...table(times, seconds, growth(times)), note: `medians of ${RUNS}` };
    },
  },
  {
    name: 'Scaling: open to editable, 15 / 60 / 240 items (browser mode)',
    goal: 'growth ≤ ×4 per 4× items (linear)',
    async run(): Promise<BenchResult> {
      const { loads } = await openAll();
      return { ...table(loads, seconds, growth(loads)), note: 'one opening each' };
    },
  },
  {
    name: 'Memory with the 240-item meeting open: renderer JS heap, host RSS',
    goal: 'heap ≤ 200 MB',
    async run(): Promise<BenchResult> {
      const { heap, rss } = await openAll();
      return {
        ours: `${heap.toFixed(1)} MB heap`,
        peer: rss === null ? 'host RSS not measured (no /proc)' : `${rss.toFixed(0)} MB host RSS`,
        met: heap <= 200,
        note: 'heap after a full GC; host = the browser-mode server holding the document',
      };
    },
  },
];
