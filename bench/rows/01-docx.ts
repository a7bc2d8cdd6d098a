/**
 * DOCX export of a 60-item sample meeting (`protokollant sample --tops 60`), ours against
 * pandoc converting the same text from plain semantic HTML, in the same run. Ours is measured
 * twice: cold, as the CLI (a new Node process that loads, renders and writes), and warm, as the
 * app exports (renderExport in a process that has exported before). The cold runs alternate
 * with pandoc's, so load from elsewhere on the machine hits both alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPrintDocument,
  type PrintBlock,
  type PrintDocument,
  type PrintInline,
} from '../../core/export/print-model';
import { t } from '../../core/i18n/catalog';
import { renderDocx } from '../../core/export/docx/render';
import { NODE_ZIP, renderExport } from '../../host/export/render';
import { loadFonts } from '../../host/fonts';
import { readDocumentFile } from '../../host/fs/read-document';
import { hasCommand, medianMs, ratio, seconds, tempDir } from '../support';
import type { BenchResult, BenchRow } from '../types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;
const GOAL = 0.3;

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function inlineHtml(inline: PrintInline): string {
  let html = escape(inline.text).replace(/\n/g, '<br>');
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.strike) html = `<s>${html}</s>`;
  if (inline.subscript) html = `<sub>${html}</sub>`;
  if (inline.superscript) html = `<sup>${html}</sup>`;
  return html;
}

function blockHtml(block: PrintBlock): string {
  switch (block.kind) {
    case 'paragraph': {
      const text = block.inlines.map(inlineHtml).join('');
      return block.role === 'sectionTitle' ? `<p><strong>${text}</strong></p>` : `<p>${text}</p>`;
    }
    case 'heading':
      return `<h${block.level + 1}>${escape(block.text)}</h${block.level + 1}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`);
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${block.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell) => {
                const tag = cell.header ? 'th' : 'td';
                const span = cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
                return `<${tag}${span}>${cell.blocks.map(blockHtml).join('')}</${tag}>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'quote':
      return `<blockquote>${block.blocks.map(blockHtml).join('')}</blockquote>`;
  }
}

/** The same document as plain semantic HTML: what pandoc is given (no styles, no fonts). */
export function printToHtml(print: PrintDocument): string {
  const body = print.parts.map((part) => {
    const out: string[] = [];
    if (part.kicker) out.push(`<p>${escape(part.kicker)}</p>`);
    out.push(`<h1>${escape(part.title)}</h1>`);
    const rows = (rs: { label: string; value: string }[]) =>
      `<table>${rs.map((r) => `<tr><td>${escape(r.label)}</td><td>${escape(r.value)}</td></tr>`).join('')}</table>`;
    if (part.header.length > 0) out.push(rows(part.header));
    if (part.attendance) {
      const a = part.attendance;
      const names = (list: { name: string; note: string }[]) =>
        list.map((e) => (e.note ? `${e.name}, ${e.note}` : e.name)).join('\n');
      out.push(`<h2>${t('de', 'print.attendance.heading')}</h2>`);
      out.push(
        rows([
          { label: t('de', 'print.attendance.chair'), value: a.chair },
          { label: t('de', 'print.attendance.members'), value: names(a.members) },
          { label: t('de', 'print.attendance.absent'), value: names(a.absent) },
          { label: t('de', 'print.attendance.staff'), value: names(a.staff) },
          { label: t('de', 'print.attendance.guests'), value: names(a.guests) },
          { label: t('de', 'print.attendance.clerk'), value: a.clerk },
        ]),
      );
      const count = { present: a.presentCount, total: a.memberTotal };
      out.push(`<p>${escape(t('de', 'print.attendance.count', count))}</p>`);
    }
    for (const finding of part.findings) out.push(`<p>${escape(finding)}</p>`);
    for (const section of part.sections) {
      if (section.heading) out.push(`<h2>${escape(section.heading)}</h2>`);
      for (const item of section.items) {
        if (item.heading) out.push(`<h3>${escape(item.heading)}</h3>`);
        if (item.header.length > 0) out.push(rows(item.header));
        out.push(...item.blocks.map(blockHtml));
      }
    }
    out.push(
      rows(part.signatories.map((s) => ({ label: s.label, value: s.name || '______________' }))),
    );
    return out.join('\n');
  });
  return `<!DOCTYPE html><html lang="${escape(print.meta.language)}"><head><meta charset="utf-8"><title>${escape(
    print.meta.title,
  )}</title></head><body>\n${body.join('\n<hr>\n')}\n</body></html>\n`;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
  }
}

/** Pages of a DOCX as LibreOffice lays it out (once per bench run; null without soffice). */
function libreOfficePages(docx: string, dir: string): number | null {
  if (!hasCommand('soffice') || !hasCommand('pdfinfo')) return null;
  const profile = join(dir, 'lo-profile');
  run('soffice', [
    '--headless',
    `-env:UserInstallation=file://${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    docx,
  ]);
  const info = execFileSync('pdfinfo', [docx.replace(/\.docx$/, '.pdf')]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

const kb = (path: string): string => `${Math.round(statSync(path).size / 1024)} KB`;

export const rows: BenchRow[] = [
  {
    name: '01 DOCX export, 60-item meeting (sample --tops 60)',
    goal: `≤ ${GOAL}× pandoc (html → docx)`,
    async run(): Promise<BenchResult> {
      if (!existsSync(join(ROOT, 'dist/cli/protokollant.cjs')))
        run('node', ['scripts/build.mjs', 'cli']);
      const dir = tempDir();
      const sample = join(dir, 'sample.protokoll');
      run('node', ['bin/protokollant.js', 'sample', '--tops', '60', '--out', sample]);
      const document = await readDocumentFile(sample);
      const print = buildPrintDocument(document);
      const pandoc = hasCommand('pandoc');
      const html = join(dir, 'sample.html');
      const theirs = join(dir, 'pandoc.docx');
      if (pandoc) writeFileSync(html, printToHtml(print));

      let coldRun = 0;
      const ours = () =>
        run('node', [
          'bin/protokollant.js',
          'export',
          sample,
          '--docx',
          join(dir, `cold-${coldRun++}.docx`),
        ]);
      const peerRun = () => run('pandoc', ['-f', 'html', '-t', 'docx', '-o', theirs, html]);
      // One of each first, unmeasured: both read their programs from disk once.
      ours();
      if (pandoc) peerRun();
      const coldTimes: number[] = [];
      const peerTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        coldTimes.push(await medianMs(1, ours));
        if (pandoc) peerTimes.push(await medianMs(1, peerRun));
      }
      const median = (times: number[]) =>
        [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      const cold = median(coldTimes);

      let bytes: Uint8Array = new Uint8Array();
      const renderOnce = async () => {
        bytes = await renderExport(document, 'docx');
      };
      await renderOnce();
      await renderOnce();
      const warm = await medianMs(RUNS + 2, renderOnce);
      const oursFile = join(dir, 'ours.docx');
      writeFileSync(oursFile, bytes);
      const pages = libreOfficePages(oursFile, dir);
      // What embedding Arimo costs: the renderer alone with and without the font files,
      // alternated so both see the same machine (both zipped as renderExport zips).
      const fonts = await loadFonts();
      const withFonts: number[] = [];
      const without: number[] = [];
      let bare: Uint8Array = new Uint8Array();
      for (let i = 0; i < RUNS + 2; i++) {
        withFonts.push(await medianMs(1, () => renderDocx(print, { fonts, zip: NODE_ZIP })));
        without.push(
          await medianMs(1, async () => {
            bare = await renderDocx(print, { fonts, embedFonts: false, zip: NODE_ZIP });
          }),
        );
      }
      const fontNote =
        `embedding costs ${Math.round(median(withFonts) - median(without))} ms ` +
        `(${Math.round(median(without))} → ${Math.round(median(withFonts))} ms) ` +
        `and ${Math.round((bytes.length - bare.length) / 1024)} KB`;
      const oursText = `${seconds(cold)} cold CLI, ${seconds(warm)} warm`;
      const pageNote =
        pages === null ? 'pages not counted (no soffice)' : `${pages} pages in LibreOffice`;

      if (!pandoc) {
        return {
          ours: oursText,
          note: `pandoc is not installed, no comparison; ${pageNote}; ${fontNote}`,
        };
      }
      const peer = median(peerTimes);
      const version =
        /pandoc\S* ([\d.]+)/.exec(execFileSync('pandoc', ['--version']).toString())?.[1] ?? '';

      const coldMet = cold <= GOAL * peer;
      const warmMet = warm <= GOAL * peer;
      return {
        ours: oursText,
        peer: `${seconds(peer)} pandoc ${version}`,
        ratio: `${ratio(cold, peer)} cold, ${ratio(warm, peer)} warm`,
        met: coldMet && warmMet,
        note:
          `warm ${warmMet ? 'met' : 'NOT MET'}, cold CLI ${coldMet ? 'met' : 'NOT MET'}; ` +
          `${pageNote}; ours ${kb(oursFile)} (Arimo regular+bold embedded: ${fontNote}), ` +
          `pandoc ${kb(theirs)} (no fonts); ` +
          `medians of ${RUNS} alternating cold runs each (warm ${RUNS + 2})`,
      };
    },
  },
];
