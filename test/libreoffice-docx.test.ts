import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../core/export/docx/render';
import {
  buildPrintDocument,
  printDocumentText,
  type PrintBlock,
  type PrintDocument,
} from '../core/export/print-model';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { loadFonts } from '../host/fonts';
import {
  firstMissingInOrder,
  KLEINWEILER_EXAMPLE,
  SEED_HEADER,
  seedBodyLines,
  squash,
  STUTTGART_EXAMPLE,
} from './support/seed';
import { convertToPdf, pdfFonts, pdfInfo, pdfPages } from './support/libreoffice';

/**
 * The DOCX as a recipient sees it: written by the real CLI (or the exporter for documents no
 * example holds), opened and printed to PDF by LibreOffice, read back with poppler.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DRAFT = 'ENTWURF – nicht freigegeben';
const RUNNING_FOOTER = /^.* – Seite \d+ von \d+$/;

let dir: string;
const pdf: Record<string, string> = {};
const pages: Record<string, string[]> = {};

const load = (path: string): ProtocolDocument => parseProtokoll(readFileSync(path, 'utf8'), path);

function approved(document: ProtocolDocument): ProtocolDocument {
  const withWorkflow = document as { workflow?: object };
  withWorkflow.workflow = { ...withWorkflow.workflow, state: 'approved' };
  return document;
}

/** A page's lines without its running header (draft mark) and footer. */
function bodyLines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== DRAFT && !RUNNING_FOOTER.test(line));
}

/**
 * The document's text without running heads. A line that ends in a hyphen after a letter was
 * broken there by LibreOffice (the export sets no hyphenation), so the word is joined again.
 */
function bodyText(name: string): string {
  return pages[name]!.map((page) => bodyLines(page).join('\n'))
    .join('\n')
    .replace(/(\p{L})-\n/gu, '$1-');
}

const para = (text: string): PrintBlock => ({ kind: 'paragraph', inlines: [{ text }] });

const HOSTILE = [
  '<w:p>',
  ']]>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
];

function listsAndHostileText(): PrintDocument {
  const blocks: PrintBlock[] = [
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: [
        [para('Erster Punkt der ersten Liste')],
        [
          para('Zweiter Punkt der ersten Liste'),
          {
            kind: 'list',
            ordered: true,
            start: 1,
            items: [[para('Unterpunkt eins')], [para('Unterpunkt zwei')]],
          },
        ],
        [para('Dritter Punkt der ersten Liste')],
      ],
    },
    para('Ein Absatz zwischen den Listen.'),
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: [[para('Erster Punkt der zweiten Liste')], [para('Zweiter Punkt der zweiten Liste')]],
    },
    { kind: 'list', ordered: true, start: 4, items: [[para('Vierter Punkt, eigener Start')]] },
    { kind: 'list', ordered: false, start: 1, items: [[para('Ein Aufzählungspunkt')]] },
    ...HOSTILE.map(para),
    para('Steuer\u0000zeichen\u0001weg\u001f\ufffe\ud800!'),
  ];
  return {
    meta: {
      title: HOSTILE.join(' '),
      author: 'Test',
      subject: '',
      keywords: [],
      language: 'de-DE',
    },
    draft: false,
    parts: [
      {
        kicker: 'Auszug aus der Niederschrift',
        title: 'Protokoll: <Testausschuss> & Co',
        footerLabel: '<script>alert(1)</script>',
        header: [],
        attendance: null,
        findings: [],
        sections: [{ heading: '', items: [{ id: 'x', heading: '', header: [], blocks }] }],
        signatories: [{ label: 'Vorsitz', name: '<b>Nicht fett</b>' }],
      },
    ],
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protokollant-lo-docx-'));
  execFileSync('node', ['scripts/build.mjs', 'cli'], { cwd: ROOT });
  const cli = (input: string, output: string) =>
    execFileSync('node', ['bin/protokollant.js', 'export', input, '--docx', output], {
      cwd: ROOT,
    });
  cli(STUTTGART_EXAMPLE, join(dir, 'stuttgart.docx'));
  cli(KLEINWEILER_EXAMPLE, join(dir, 'kleinweiler.docx'));

  const fonts = await loadFonts();
  const write = async (name: string, print: PrintDocument) =>
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(print, { fonts }));
  await write('stuttgart-approved', buildPrintDocument(approved(load(STUTTGART_EXAMPLE))));
  await write('lists', listsAndHostileText());
  const perItem = load(KLEINWEILER_EXAMPLE);
  perItem.form = 'per-item';
  perItem.items.forEach((item, i) => (item.minutesNumber = String(101 + i)));
  await write('per-item', buildPrintDocument(perItem));

  const names = ['stuttgart', 'kleinweiler', 'stuttgart-approved', 'lists', 'per-item'];
  const pdfs = await convertToPdf(
    names.map((n) => join(dir, `${n}.docx`)),
    dir,
  );
  for (const [i, name] of names.entries()) {
    pdf[name] = pdfs[i]!;
    pages[name] = await pdfPages(pdfs[i]!);
  }
});

afterAll(() => {
  if (dir && !process.env.KEEP_EXPORTS) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
});

describe('the Stuttgart DOCX in LibreOffice', () => {
  it('shows every header field of the reference, in order', () => {
    const header = SEED_HEADER.map(([label, value]) => `${label} ${value}`.trim());
    expect(firstMissingInOrder(bodyText('stuttgart'), header)).toBeNull();
  });

  it('shows every line of the reference body, in order, the motion numbered 1. to 3.', () => {
    const text = bodyText('stuttgart');
    expect(firstMissingInOrder(text, seedBodyLines())).toBeNull();
    const flat = squash(text);
    expect(flat).toContain('1. Dem Maßnahmenpaket zur Umsetzung');
    expect(flat).toContain('2. Die zusätzlichen Maßnahmen');
    expect(flat).toContain('3. Für die Umsetzung der in Punkt 2');
    // the signatures close the document
    expect(
      firstMissingInOrder(flat, ['einmütig zu.', 'BM Dr. Mayer', 'Vorsitz', 'Herr Häbe']),
    ).toBeNull();
  });

  it('is A4, set in the embedded Arimo only', async () => {
    const info = await pdfInfo(pdf.stuttgart!);
    expect(info.pageSize).toMatch(/^595(\.\d+)? x 841(\.\d+)? pts \(A4\)$/);
    const fonts = await pdfFonts(pdf.stuttgart!);
    expect(fonts.map((f) => f.name).sort()).toEqual(['Arimo-Bold', 'Arimo-Regular']);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('counts its pages in the footer and marks every page of the draft', async () => {
    const draft = pages.stuttgart!;
    const { pages: count } = await pdfInfo(pdf.stuttgart!);
    expect(draft).toHaveLength(count);
    expect(count).toBeGreaterThan(1);
    draft.forEach((page, i) => {
      expect(page).toContain(DRAFT);
      expect(page).toContain(`Niederschrift Nr. 233 – Seite ${i + 1} von ${count}`);
    });
    const final = pages['stuttgart-approved']!;
    expect(final.length).toBeGreaterThan(1);
    for (const page of final) {
      expect(page).not.toContain('ENTWURF');
      expect(page).toMatch(/Niederschrift Nr\. 233 – Seite \d+ von \d+/);
    }
  });
});

describe('the whole-meeting DOCX in LibreOffice', () => {
  it('shows everything the print model holds, in order, lists numbered', () => {
    const print = buildPrintDocument(load(KLEINWEILER_EXAMPLE));
    expect(firstMissingInOrder(bodyText('kleinweiler'), printDocumentText(print))).toBeNull();
  });

  it('puts attendance and findings before the items, the public part before the non-public', () => {
    const part = buildPrintDocument(load(KLEINWEILER_EXAMPLE)).parts[0]!;
    const attendance = part.attendance!;
    const entry = (e: { name: string; note: string }) => (e.note ? `${e.name}, ${e.note}` : e.name);
    const [publicPart, closedPart] = part.sections;
    const list = publicPart!.items
      .flatMap((item) => item.blocks)
      .find((block) => block.kind === 'list' && block.ordered);
    expect(list, 'an ordered list in the public part').toBeDefined();
    const listLines =
      list?.kind === 'list'
        ? list.items.map((item, i) => {
            const first = item[0];
            return `${i + 1}. ${first?.kind === 'paragraph' ? first.inlines.map((x) => x.text).join('') : ''}`;
          })
        : [];
    // the signatures, two side by side: a line of names, then a line of their roles
    const signatures: string[] = [];
    for (let i = 0; i < part.signatories.length; i += 2) {
      const pair = part.signatories.slice(i, i + 2);
      signatures.push(
        pair
          .map((s) => s.name)
          .filter(Boolean)
          .join(' '),
      );
      signatures.push(pair.map((s) => s.label).join(' '));
    }
    const order = [
      'Anwesenheit',
      `Mitglieder: ${entry(attendance.members[0]!)}`,
      ...attendance.members.slice(1).map(entry),
      `Abwesend: ${entry(attendance.absent[0]!)}`,
      `Anwesend: ${attendance.presentCount} von ${attendance.memberTotal} Mitgliedern`,
      ...part.findings,
      'Öffentlicher Teil',
      publicPart!.items[0]!.heading,
      ...listLines,
      'Nichtöffentlicher Teil',
      closedPart!.items[0]!.heading,
      ...signatures,
    ];
    expect(listLines.length).toBeGreaterThan(1);
    expect(firstMissingInOrder(squash(bodyText('kleinweiler')), order)).toBeNull();
  });

  it('starts each Niederschrift of the per-item form on a new page', () => {
    const all = pages['per-item']!;
    const count = load(KLEINWEILER_EXAMPLE).items.length;
    const firstPages = new Set<number>();
    for (let n = 101; n < 101 + count; n++) {
      const first = all.findIndex((page) => page.includes(`Niederschrift Nr. ${n} – Seite`));
      expect(first, `Nr. ${n}`).toBeGreaterThanOrEqual(0);
      firstPages.add(first);
      // the part's page opens with its title
      expect(bodyLines(all[first]!)[0]).toMatch(/^Niederschrift über die/);
    }
    expect(firstPages.size).toBe(count);
  });
});

describe('lists and hostile text in LibreOffice', () => {
  it('numbers every list on its own, from its own start', () => {
    const text = bodyText('lists');
    expect(
      firstMissingInOrder(text, [
        '1. Erster Punkt der ersten Liste',
        '2. Zweiter Punkt der ersten Liste',
        '1. Unterpunkt eins',
        '2. Unterpunkt zwei',
        '3. Dritter Punkt der ersten Liste',
        'Ein Absatz zwischen den Listen.',
        '1. Erster Punkt der zweiten Liste',
        '2. Zweiter Punkt der zweiten Liste',
        '4. Vierter Punkt, eigener Start',
        '• Ein Aufzählungspunkt',
      ]),
    ).toBeNull();
  });

  it('prints markup-like text literally and opens despite control characters', () => {
    const text = bodyText('lists');
    expect(firstMissingInOrder(text, HOSTILE)).toBeNull();
    expect(text).toContain('Steuerzeichenweg!');
    expect(text).toContain('Protokoll: <Testausschuss> & Co');
    expect(text).toContain('<b>Nicht fett</b>');
    expect(pages.lists![0]).toContain('<script>alert(1)</script> – Seite 1 von 1');
  });
});
