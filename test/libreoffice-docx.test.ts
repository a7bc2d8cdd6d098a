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
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { walkContent } from '../core/content/walk';
import type { ProtocolDocument } from '../core/model/schema';
import { verifyDocument } from '../core/review/verify';
import { loadFonts } from '../host/fonts';
import { docxPart } from './support/docx';
import { ensureCliBuilt } from './support/cli';
import {
  firstMissingInOrder,
  KLEINWEILER_EXAMPLE,
  SEED_HEADER,
  seedBodyLines,
  squash,
  STUTTGART_EXAMPLE,
} from './support/seed';
import { convertToPdf, pdfFonts, pdfInfo, pdfPages } from './support/libreoffice';
import { emptyKeyring } from '../core/review/keyring';
import {
  CORRECTION,
  DEMO_KEYRING_PATH,
  REVIEW_WORDS,
  SIGNED_EXAMPLE,
  signedExampleWithCorrection,
  withReviewMarks,
} from './support/review';

/**
 * The DOCX as a recipient sees it: written by the real CLI (or the exporter for documents no
 * example holds), opened and printed to PDF by LibreOffice, read back with poppler.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DRAFT = 'ENTWURF – nicht freigegeben';
const TAMPERED_FROM = 'Beratungsunterlage ist die Vorlage';
const TAMPERED_TO = 'Beratungsunterlage war die Vorlage';
const RUNNING_FOOTER = /^.* – Seite \d+ von \d+$/;

let dir: string;
const pdf: Record<string, string> = {};
const pages: Record<string, string[]> = {};

const load = (path: string): ProtocolDocument => parseProtokoll(readFileSync(path, 'utf8'), path);

/** The signed example with a word of its text changed after signing: it still says "approved". */
function tampered(): ProtocolDocument {
  const document = load(SIGNED_EXAMPLE);
  const node = [...walkContent(document.items[0]!.content)].find(
    (n) => n.type === 'text' && n.text.includes(TAMPERED_FROM),
  );
  if (node?.type !== 'text') throw new Error('the example no longer holds the sentence');
  node.text = node.text.replace(TAMPERED_FROM, TAMPERED_TO);
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
    signOff: null,
    corrections: [],
    comments: [],
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protokollant-lo-docx-'));
  ensureCliBuilt();
  const cli = (input: string, output: string, ...flags: string[]) =>
    execFileSync('node', ['bin/protokollant.js', 'export', input, '--docx', output, ...flags], {
      cwd: ROOT,
    });
  cli(STUTTGART_EXAMPLE, join(dir, 'stuttgart.docx'));
  cli(KLEINWEILER_EXAMPLE, join(dir, 'kleinweiler.docx'));
  // Review states, through the CLI from files as a clerk would have them.
  const file = (name: string, document: ProtocolDocument) => {
    const path = join(dir, `${name}.protokoll`);
    writeFileSync(path, serializeProtokoll(document));
    return path;
  };
  const EMPTY_KEYRING = join(dir, 'leeres-verzeichnis.json');
  writeFileSync(EMPTY_KEYRING, JSON.stringify(emptyKeyring('Leer')));
  cli(SIGNED_EXAMPLE, join(dir, 'signed.docx'), '--keyring', DEMO_KEYRING_PATH);
  // The same file exported without the body's keyring: nothing confirms whose keys signed.
  cli(SIGNED_EXAMPLE, join(dir, 'unconfirmed.docx'), '--keyring', EMPTY_KEYRING);
  cli(file('tampered', tampered()), join(dir, 'tampered.docx'));
  cli(
    file('corrected', signedExampleWithCorrection()),
    join(dir, 'corrected.docx'),
    '--keyring',
    DEMO_KEYRING_PATH,
  );
  cli(
    file('review', withReviewMarks(load(STUTTGART_EXAMPLE))),
    join(dir, 'review.docx'),
    '--comments',
  );

  const fonts = await loadFonts();
  const write = async (name: string, print: PrintDocument) =>
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(print, { fonts }));
  await write('lists', listsAndHostileText());
  const perItem = load(KLEINWEILER_EXAMPLE);
  perItem.form = 'per-item';
  perItem.items.forEach((item, i) => (item.minutesNumber = String(101 + i)));
  await write('per-item', buildPrintDocument(perItem));

  const names = [
    'stuttgart',
    'kleinweiler',
    'signed',
    'unconfirmed',
    'tampered',
    'corrected',
    'review',
    'lists',
    'per-item',
  ];
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
    const final = pages.signed!;
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

describe('signed minutes and their review as DOCX in LibreOffice', () => {
  const signed = load(SIGNED_EXAMPLE);
  const hashPrefix = verifyDocument(signed).hash.match(/.{4}/g)!.join(' ');
  const shown = (iso: string) =>
    `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}, ${iso.slice(11, 16)} Uhr`;

  it('shows every signer with the time, “elektronisch unterzeichnet”, the checksum, no ENTWURF', () => {
    expect(verifyDocument(signed).complete).toBe(true);
    const text = squash(bodyText('signed'));
    for (const signature of signed.signatures) {
      expect(text).toContain(signature.name);
      expect(text).toContain(`am ${shown(signature.signedAt)}`);
    }
    expect(text.match(/elektronisch unterzeichnet/g)).toHaveLength(signed.signatures.length);
    // The full hash, and the example's keys named as the demo keys they are.
    expect(text).toContain(
      `Demo-Schlüssel, keine echte Unterschrift. Prüfsumme (SHA-256): ${hashPrefix} — prüfbar mit „protokollant verify --keyring“`,
    );
    for (const page of pages.signed!) expect(page).not.toMatch(/ENTWURF|nicht freigegeben/);
    // The signatures close the minutes: nothing of the text comes after them.
    expect(firstMissingInOrder(text, ['einmütig zu.', 'BM Dr. Mayer', 'Prüfsumme'])).toBeNull();
  });

  it('marks signed minutes whose keys the keyring does not hold “Unterschriften nicht bestätigt” on every page', () => {
    expect(pages.unconfirmed!.length).toBeGreaterThan(1);
    for (const page of pages.unconfirmed!) expect(page).toContain('Unterschriften nicht bestätigt');
    expect(squash(bodyText('unconfirmed'))).toContain(
      'Unterschriften nicht bestätigt: die Schlüssel wurden nicht gegen ein Schlüsselverzeichnis geprüft oder stehen nicht darin.',
    );
  });

  it('marks “approved” minutes whose text changed after signing ENTWURF on every page', () => {
    for (const page of pages.tampered!) expect(page).toContain(DRAFT);
    const text = squash(bodyText('tampered'));
    expect(text).toContain(TAMPERED_TO);
    expect(text).not.toContain('elektronisch unterzeichnet');
    expect(text).toContain('Elektronische Unterzeichnung nicht vollständig gültig.');
  });

  it('prints a correction after the signatures, the minutes still verified', () => {
    expect(verifyDocument(signedExampleWithCorrection()).complete).toBe(true);
    for (const page of pages.corrected!) expect(page).not.toContain('ENTWURF');
    const text = squash(bodyText('corrected'));
    expect(
      firstMissingInOrder(text, [
        'einmütig zu.',
        `Prüfsumme (SHA-256): ${hashPrefix}`,
        'Berichtigung vom 12.07.2018',
        `Betrifft: ${CORRECTION.concerns}`,
        CORRECTION.text,
        `Beschlossen in: ${CORRECTION.decidedIn}`,
        'Erfasst von Herr Häbe am 12.07.2018, 09:00 Uhr',
        'am 19.07.2018, 11:00 Uhr',
        'BM Dr. Mayer',
        'Vorsitz',
      ]),
    ).toBeNull();
  });

  it('opens suggestions as tracked changes and comments as comments', () => {
    const w = REVIEW_WORDS;
    const bytes = new Uint8Array(readFileSync(join(dir, 'review.docx')));
    const xml = docxPart(bytes, 'word/document.xml');
    const ins = /<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/.exec(xml)!;
    const del = /<w:del ([^>]*)>([\s\S]*?)<\/w:del>/.exec(xml)!;
    for (const change of [ins, del]) {
      expect(change[1]).toContain('w:author="BM Dr. Mayer"');
      expect(change[1]).toMatch(/w:date="2018-07-03T10:0[12]:00Z"/);
    }
    expect(ins[2]).toContain(w.inserted);
    expect(del[2]).toContain(`<w:delText xml:space="preserve">${w.deleted} </w:delText>`);
    const comments = docxPart(bytes, 'word/comments.xml');
    expect(comments).toContain(w.comment);
    expect(comments).toContain('w:author="StR Perc"');
    expect(comments).toContain(w.reply);
    expect(comments).not.toContain(w.resolved);
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(2);
    expect(xml.match(/<w:commentRangeEnd /g)).toHaveLength(2);
    // LibreOffice opened it and printed both the inserted and the deleted words.
    const text = squash(bodyText('review'));
    expect(text).toContain(`${w.before} ${w.inserted} ${w.deleted} ${w.marked}.`);
  });
});
