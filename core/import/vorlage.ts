import { numberedList, bulletList, paragraph, table } from '../content/build';
import type { ContentNode, ItemContent, SectionJSON } from '../content/nodes';
import { t, type Lang } from '../i18n/catalog';
import { setHeaderField } from '../model/ops/header';
import type { ProtocolDocument } from '../model/schema';

/**
 * A Beschlussvorlage (the administration's paper an item is about) read into an item: its
 * Beschlussantrag (a numbered list), Sachverhalt and Begründung go into the item's sections,
 * its Drucksache number, Betreff and GZ into the header where that is still empty, and the
 * Beratungsunterlage sentence is written from its department, date and number.
 *
 * The file readers (DOCX, PDF) live in the host and hand over the text as blocks in reading
 * order; everything here is pure.
 */

/**
 * The text of a Vorlage as the readers give it. A table keeps its rows of cell texts (the first
 * row is its head, as in the papers: "Stellen | Bezeichnung | …").
 */
export type VorlageBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; ordered: boolean }
  | { kind: 'table'; rows: string[][] };

export const VORLAGE_PARTS = ['beschlussantrag', 'sachverhalt', 'begruendung'] as const;
export type VorlagePartKey = (typeof VORLAGE_PARTS)[number];

export type PartBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'numberedList'; items: string[] }
  | { kind: 'bulletList'; items: string[] }
  | { kind: 'table'; rows: string[][] };

export interface VorlagePart {
  key: VorlagePartKey;
  blocks: PartBlock[];
}

export interface Vorlage {
  /** The file's name, for the dialog. */
  name: string;
  /** The Drucksache number ("288/2018"), '' when not found; the same for the others. */
  paperRef: string;
  title: string;
  fileRef: string;
  /** Who wrote it, in the genitive of the sentence: "des Referats Allgemeine Verwaltung, …". */
  department: string;
  /** The paper's date as printed ("29.05.2018"). */
  date: string;
  parts: VorlagePart[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const PART_HEADINGS: [VorlagePartKey, RegExp][] = [
  ['beschlussantrag', /^(?:Beschlussantrag|Beschlussvorschlag|Antrag)\s*:?\s*(.*)$/i],
  ['sachverhalt', /^(?:Sachverhalt|Sachdarstellung|Sachstand)\s*:?\s*(.*)$/i],
  ['begruendung', /^Begründung\s*:?\s*(.*)$/i],
];

/** Headings of the Vorlage's other parts: a part ends there. */
const STOP =
  /^(?:Finanzielle Auswirkungen|Beteiligte Stellen|Vorliegende Anträge|Erledigte Anträge|Anlagen?|Mitzeichnung|Klimarelevanz|Auswirkungen auf|Beteiligung)\b[^.]{0,60}$/i;

const DEPARTMENT: [RegExp, string][] = [
  [/^Referat\s+(.+)$/, 'des Referats $1'],
  [/^Amt\s+(.+)$/, 'des Amts $1'],
  [/^Dezernat\s+(.+)$/, 'des Dezernats $1'],
  [/^Fachbereich\s+(.+)$/, 'des Fachbereichs $1'],
];

function partHeading(text: string): { key: VorlagePartKey; rest: string } | null {
  for (const [key, pattern] of PART_HEADINGS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = match[1]!.trim();
    // "Begründung" opens a part only as a heading, not as the first word of a sentence.
    if (rest !== '' && !/:/.test(text.slice(0, text.length - rest.length))) continue;
    return { key, rest };
  }
  return null;
}

const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/;
const BULLET = /^[-–•·]\s+(.+)$/;

/**
 * A table's rows as the editor and the exports take them: cell text squashed, empty rows
 * dropped, every row as long as the longest (a merged cell leaves its neighbours empty).
 */
function tableRows(rows: readonly (readonly string[])[]): string[][] {
  const kept = rows.map((row) => row.map(squash)).filter((row) => row.some((c) => c !== ''));
  const width = Math.max(0, ...kept.map((row) => row.length));
  return kept.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** A part's blocks: list items run together into lists; "1. …" paragraphs are list items. */
function partBlocks(blocks: VorlageBlock[]): PartBlock[] {
  const out: PartBlock[] = [];
  const push = (kind: 'numberedList' | 'bulletList', text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.items.push(text);
    else out.push({ kind, items: [text] });
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      const rows = tableRows(block.rows);
      if (rows.length > 0) out.push({ kind: 'table', rows });
      continue;
    }
    const text = squash(block.text);
    if (text === '') continue;
    if (block.kind === 'item') {
      push(block.ordered ? 'numberedList' : 'bulletList', text.replace(NUMBERED, '$2'));
      continue;
    }
    const numbered = NUMBERED.exec(text);
    const bullet = BULLET.exec(text);
    if (numbered) push('numberedList', numbered[2]!);
    else if (bullet) push('bulletList', bullet[1]!);
    else out.push({ kind: 'paragraph', text });
  }
  return out;
}

/** Reads the parts and the paper's details out of its text. */
export function analyzeVorlage(name: string, blocks: readonly VorlageBlock[]): Vorlage {
  const vorlage: Vorlage = {
    name,
    paperRef: '',
    title: '',
    fileRef: '',
    department: '',
    date: '',
    parts: [],
  };
  let current: { key: VorlagePartKey; blocks: VorlageBlock[] } | null = null;
  let expectTitle = false;
  const close = () => {
    if (current) {
      const done = partBlocks(current.blocks);
      const existing = vorlage.parts.find((p) => p.key === current!.key);
      if (existing) existing.blocks.push(...done);
      else if (done.length > 0) vorlage.parts.push({ key: current.key, blocks: done });
    }
    current = null;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      // A table belongs to the part it stands in; the paper's head tables (who it goes to, when)
      // are no part of the item.
      current?.blocks.push(block);
      continue;
    }
    const text = squash(block.text);
    if (text === '') continue;
    const heading = block.kind === 'paragraph' && text.length <= 200 ? partHeading(text) : null;
    if (heading) {
      close();
      current = { key: heading.key, blocks: [] };
      if (heading.rest) current.blocks.push({ kind: 'paragraph', text: heading.rest });
      continue;
    }
    if (block.kind === 'paragraph' && STOP.test(text)) {
      close();
      continue;
    }
    if (current) {
      current.blocks.push(block);
      continue;
    }
    // The paper's head: number, file reference, department, date, subject.
    if (expectTitle) {
      vorlage.title ||= text;
      expectTitle = false;
      continue;
    }
    const paper = /\b(?:GRDrs|Drucksache|Vorlage)\b[^\d]{0,12}(\d{1,5}\/\d{4})/i.exec(text);
    if (paper && !vorlage.paperRef) vorlage.paperRef = paper[1]!;
    const gz = /^(?:GZ|Az\.?|Aktenzeichen)\s*:?\s*(.+)$/i.exec(text);
    if (gz && !vorlage.fileRef) vorlage.fileRef = gz[1]!.trim();
    const date = /^[A-ZÄÖÜ][\p{L} .-]*,\s*(?:den\s+)?(\d{1,2}\.\d{1,2}\.\d{4})$/u.exec(text);
    if (date && !vorlage.date) vorlage.date = date[1]!;
    if (!vorlage.department) {
      for (const [pattern, phrase] of DEPARTMENT) {
        if (pattern.test(text)) vorlage.department = text.replace(pattern, phrase);
      }
    }
    const subject = /^Betreff\s*:?\s*(.*)$/i.exec(text);
    if (subject) {
      if (subject[1]) vorlage.title ||= subject[1];
      else expectTitle = true;
    }
  }
  close();
  return vorlage;
}

/** "Beratungsunterlage ist die Vorlage des Referats … vom …, GRDrs …, mit folgendem"; '' when a detail is missing. */
export function beratungsunterlageSentence(vorlage: Vorlage, lang: Lang = 'de'): string {
  if (!vorlage.department || !vorlage.date || !vorlage.paperRef) return '';
  return t(lang, 'vorlage.sentence', {
    department: vorlage.department,
    date: vorlage.date,
    number: vorlage.paperRef,
  });
}

/** What goes where: a section key per part (null: not taken over), and the header fields. */
export interface VorlagePlan {
  targets: Partial<Record<VorlagePartKey | 'beratungsunterlage', string | null>>;
  header: { paperRef: boolean; title: boolean; fileRef: boolean };
}

export interface SectionInfo {
  key: string;
  title: string;
}

/** The item's sections, in order, from its content. */
export function itemSections(content: ItemContent): SectionInfo[] {
  return content.root.children.flatMap((c) =>
    c.type === 'protocol-section' ? [{ key: String(c.section), title: String(c.title) }] : [],
  );
}

const SECTION_FOR: Record<VorlagePartKey | 'beratungsunterlage', RegExp> = {
  beschlussantrag: /^beschlussantrag|^antrag/i,
  sachverhalt: /sachverhalt|sachdarstellung/i,
  begruendung: /begr(ü|ue)ndung/i,
  beratungsunterlage: /^beratungsunterlage/i,
};

/** The plan the dialog starts with: each part into the section of its name, if the item has one. */
export function defaultPlan(
  document: ProtocolDocument,
  itemId: string,
  vorlage: Vorlage,
): VorlagePlan {
  const item = document.items.find((i) => i.id === itemId);
  const sections = item ? itemSections(item.content) : [];
  const find = (key: VorlagePartKey | 'beratungsunterlage') =>
    sections.find((s) => SECTION_FOR[key].test(s.key) || SECTION_FOR[key].test(s.title))?.key ??
    null;
  const targets: VorlagePlan['targets'] = {};
  for (const part of vorlage.parts) targets[part.key] = find(part.key);
  if (beratungsunterlageSentence(vorlage)) targets.beratungsunterlage = find('beratungsunterlage');
  return {
    targets,
    header: {
      paperRef: vorlage.paperRef !== '' && !item?.paperRef,
      title: vorlage.title !== '' && !item?.title,
      fileRef: vorlage.fileRef !== '' && !item?.fileRef,
    },
  };
}

function toContent(blocks: readonly PartBlock[]): ContentNode[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return paragraph(b.text);
      case 'numberedList':
        return numberedList(b.items.map((i) => [i]));
      case 'bulletList':
        return bulletList(b.items.map((i) => [i]));
      case 'table':
        return table(b.rows);
    }
  });
}

/** A section that holds only its template's empty line (a paragraph or one list item). */
function isEmptySection(section: SectionJSON): boolean {
  const text = (node: ContentNode): string =>
    node.type === 'text'
      ? String((node as { text: string }).text)
      : 'children' in node
        ? (node.children as ContentNode[]).map(text).join('')
        : 'x';
  return section.children.every((c) => text(c).trim() === '');
}

/**
 * The document with the Vorlage in the item as planned: an empty section gets the part in
 * place of its empty line, a section with text gets it after its text; header fields are set
 * only where they are empty. One new document: one step to undo.
 */
export function applyVorlage(
  document: ProtocolDocument,
  itemId: string,
  vorlage: Vorlage,
  plan: VorlagePlan,
  lang: Lang = 'de',
): ProtocolDocument {
  const item = document.items.find((i) => i.id === itemId);
  if (!item) return document;
  const additions = new Map<string, ContentNode[]>();
  const add = (section: string | null | undefined, nodes: ContentNode[]) => {
    if (!section || nodes.length === 0) return;
    additions.set(section, [...(additions.get(section) ?? []), ...nodes]);
  };
  const sentence = beratungsunterlageSentence(vorlage, lang);
  if (sentence) add(plan.targets.beratungsunterlage, [paragraph(sentence)]);
  for (const part of vorlage.parts) add(plan.targets[part.key], toContent(part.blocks));
  const children = item.content.root.children.map((node) => {
    if (node.type !== 'protocol-section') return node;
    const section = node as SectionJSON;
    const nodes = additions.get(String(section.section));
    if (!nodes) return node;
    return {
      ...section,
      children: isEmptySection(section) ? nodes : [...section.children, ...nodes],
    };
  });
  let next: ProtocolDocument = {
    ...document,
    items: document.items.map((i) =>
      i.id === itemId ? { ...i, content: { root: { ...i.content.root, children } } } : i,
    ),
  };
  const fields: [keyof VorlagePlan['header'], 'item.paperRef' | 'item.title' | 'item.fileRef'][] = [
    ['paperRef', 'item.paperRef'],
    ['title', 'item.title'],
    ['fileRef', 'item.fileRef'],
  ];
  for (const [field, key] of fields) {
    const current = next.items.find((i) => i.id === itemId)?.[field] ?? '';
    if (!plan.header[field] || current !== '' || vorlage[field] === '') continue;
    const result = setHeaderField(next, key, vorlage[field], itemId);
    if (result.ok) next = result.document;
  }
  return next;
}
