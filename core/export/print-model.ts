import { isElement, TEXT_FORMAT, type ContentNode, type ElementJSON } from '../content/nodes';
import { t, type Lang, type MessageKey } from '../i18n/catalog';
import { fillTitle, findPerson, printedHeader, type PrintedHeaderRow } from '../model/fields';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { correctionSignatureValid } from '../review/corrections';
import { groupedHash, shortHash } from '../review/content';
import { slotPersonId } from '../review/eligibility';
import type { Keyring } from '../review/keyring';
import { keyFingerprint } from '../review/signing';
import { verifyDocument, type VerifyReport } from '../review/verify';
import { formatDate, formatTimestamp } from '../style/dates';
import { formalName } from '../style/names';
import { protocolNodeText } from '../text/protocol-text';
import { attendanceAtItem, attendanceSummary, type AttendanceSummary } from '../attendance/summary';
import { publicView } from '../publication/public';
import { UserError } from '../errors';

/**
 * The print model: what a Niederschrift shows, in order, without any file format. The DOCX and
 * the print-HTML exporters both render this, so the two always carry the same text in the same
 * order and differ only in how a format draws it.
 */

export interface PrintInline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  subscript?: boolean;
  superscript?: boolean;
  /** A suggested change in review: drawn as a tracked change (DOCX) or ins/del (HTML). */
  change?: { kind: 'insert' | 'delete'; author: string; date: string };
  /** Ids of the comment threads anchored on this text (see PrintDocument.comments). */
  comments?: string[];
}

/** A line break inside a paragraph is carried as "\n" in the text of an inline. */
export type PrintBlock =
  | { kind: 'paragraph'; inlines: PrintInline[]; role?: 'sectionTitle' | 'vote' | 'finding' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; outline: boolean }
  | { kind: 'list'; ordered: boolean; start: number; items: PrintBlock[][] }
  | { kind: 'table'; rows: PrintCell[][] }
  | { kind: 'quote'; blocks: PrintBlock[] };

export interface PrintCell {
  header: boolean;
  colSpan: number;
  blocks: PrintBlock[];
}

export interface PrintItem {
  id: string;
  /** "TOP 3: Bebauungsplan …" in a whole-meeting Niederschrift; empty in the per-item form. */
  heading: string;
  header: PrintedHeaderRow[];
  blocks: PrintBlock[];
}

export interface PrintSignatory {
  label: string;
  name: string;
  /**
   * The electronic signature of this place, when the minutes carry a valid one: the signer's
   * name as signed, the time as the signer's clock wrote it ("05.07.2018, 10:00 Uhr") and the
   * key's fingerprint. A place without one keeps its line to sign by hand.
   */
  signed?: { name: string; at: string; fingerprint: string };
}

/** The verification line of signed minutes: the content hash a reader can check. */
export interface PrintSignOff {
  /** "Elektronisch unterzeichnet" when every signature is valid. */
  complete: boolean;
  /** Complete, and every key placed in the keyring the export was made with. */
  confirmed: boolean;
  /** Some signature was made with a demo key: never a real signature. */
  demo: boolean;
  /** SHA-256 of the canonical content, in groups of four (first 32 digits). */
  shortHash: string;
  /** The full SHA-256 in groups of four: what a paper copy is checked by. */
  groupedHash: string;
  hash: string;
}

/** A correction after sign-off, printed after the signatures, never inside the signed text. */
export interface PrintCorrection {
  /** Day the correction was made ("12.07.2018"): the heading names it. */
  date: string;
  /** Day and time ("12.07.2018, 09:00 Uhr"). */
  createdAt: string;
  author: string;
  concerns: string;
  text: string;
  decidedIn: string;
  signatories: PrintSignatory[];
}

/** One Niederschrift: the per-item form has one per item, the meeting form one in all. */
export interface PrintPart {
  /** "Auszug aus der Niederschrift" for extracts; "" otherwise. */
  kicker: string;
  title: string;
  /** Running footer label: "Niederschrift Nr. 233". */
  footerLabel: string;
  header: PrintedHeaderRow[];
  attendance: AttendanceSummary | null;
  findings: string[];
  /**
   * Items grouped by public / non-public part (meeting form) or the one item (per-item form).
   * `newPage`: the section starts on a page of its own (the non-public part of the full
   * version, so the public pages can be handed out alone).
   */
  sections: { heading: string; items: PrintItem[]; newPage?: boolean }[];
  /** The Tagesordnung after the header of whole-meeting minutes (layout.agendaOverview). */
  agenda?: PrintAgendaEntry[];
  signatories: PrintSignatory[];
  /** An extract's certification by the clerk, in place of the minutes' signatures. */
  certification?: PrintCertification | null;
}

export interface PrintAgendaEntry {
  number: string;
  /** '' for a non-public item of the public version: the line says only that it is closed. */
  title: string;
  public: boolean;
}

/** "Für die Richtigkeit des Auszugs:", place and date, a line to sign, the clerk and role. */
export interface PrintCertification {
  /** "Kleinweiler, 04.12.2026". */
  placeAndDate: string;
  signatory: PrintSignatory;
}

export interface PrintMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

export interface PrintDocument {
  meta: PrintMeta;
  /** Not signed off: every page carries the ENTWURF mark. */
  draft: boolean;
  /**
   * Signed, but the signatures are not confirmed against a keyring (none given, or a key not
   * in it): every page carries "Unterschriften nicht bestätigt" instead of a clean final look.
   */
  unconfirmed?: boolean;
  parts: PrintPart[];
  /** Present when the minutes carry signatures: printed under the signature block. */
  signOff: PrintSignOff | null;
  corrections: PrintCorrection[];
  /** Comment threads, only when asked for (PrintOptions.includeComments). */
  comments: PrintComment[];
}

export interface PrintComment {
  id: string;
  /** The item the thread belongs to (a thread whose anchor text is gone is shown at its item). */
  itemId: string;
  author: string;
  /** ISO time, as formats like DOCX want it. */
  createdAt: string;
  text: string;
  resolved: boolean;
  replies: { author: string; createdAt: string; text: string }[];
}

export interface PrintOptions {
  /** Export only this item, as an extract ("Auszug aus der Niederschrift"). */
  extractItemId?: string;
  /** Carry comment threads into the export (DOCX writes them as Word comments). */
  includeComments?: boolean;
  /** The body's keyring the signatures are confirmed with; without one they are not. */
  keyring?: Keyring | null;
  /**
   * The public version (see publicView): the public part only, non-public items as bare
   * "TOP n – nichtöffentlich" lines or left out, absences without reason, no comments.
   */
  publicOnly?: boolean;
  /** The day an extract is certified (ISO date); default: today. */
  certifiedOn?: string;
}

function inlineFromText(node: ContentNode & { type: 'text' }): PrintInline {
  const f = typeof node.format === 'number' ? node.format : 0;
  // A line break may arrive as CR or CRLF (pasted from old programs): one meaning, "\n".
  const inline: PrintInline = { text: node.text.replace(/\r\n?/g, '\n') };
  if (f & TEXT_FORMAT.bold) inline.bold = true;
  if (f & TEXT_FORMAT.italic) inline.italic = true;
  if (f & TEXT_FORMAT.underline) inline.underline = true;
  if (f & TEXT_FORMAT.strikethrough) inline.strike = true;
  if (f & TEXT_FORMAT.subscript) inline.subscript = true;
  if (f & TEXT_FORMAT.superscript) inline.superscript = true;
  return inline;
}

const BLOCK_ELEMENTS = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'table',
  'protocol-section',
]);

/** Converts one item's content to print blocks. `context` carries per-item state (mentions). */
export class ContentPrinter {
  constructor(
    private readonly document: ProtocolDocument,
    private readonly item: AgendaItem,
  ) {}

  /** Per item, who was already named (first mention carries the group). */
  readonly mentioned = new Set<string>();

  blocks(): PrintBlock[] {
    return this.containerBlocks(this.item.content.root);
  }

  private containerBlocks(node: ElementJSON): PrintBlock[] {
    const out: PrintBlock[] = [];
    for (const child of node.children) out.push(...this.block(child));
    return out;
  }

  private block(node: ContentNode): PrintBlock[] {
    const custom = protocolNodeText(node, this.document, this.mentioned);
    if (custom?.kind === 'vote') {
      return custom.lines.map((line) => ({
        kind: 'paragraph',
        inlines: [{ text: line }],
        role: 'vote',
      }));
    }
    // A mention at block level (pasted oddly): keep it visible as a paragraph of its own.
    if (custom) return [{ kind: 'paragraph', inlines: [{ text: custom.text }] }];
    if (!isElement(node)) {
      // A stray inline at block level: give it a paragraph of its own rather than lose it.
      return [{ kind: 'paragraph', inlines: this.inlines([node]) }];
    }
    switch (node.type) {
      case 'protocol-section': {
        const out: PrintBlock[] = [];
        if (node.printTitle && node.title.trim() !== '') {
          out.push({ kind: 'paragraph', inlines: [{ text: node.title }], role: 'sectionTitle' });
        }
        out.push(...this.containerBlocks(node).filter((b) => !isEmptyBlock(b)));
        return out;
      }
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: this.inlines(node.children) }];
      case 'heading': {
        const level = node.tag === 'h1' ? 1 : node.tag === 'h2' ? 2 : 3;
        const text = this.inlines(node.children)
          .map((i) => i.text)
          .join('');
        // Item headings are levels 1–2 of the outline; headings inside the text sit below.
        return [{ kind: 'heading', level: Math.min(3, level + 1) as 2 | 3, text, outline: false }];
      }
      case 'quote':
        return [
          { kind: 'quote', blocks: [{ kind: 'paragraph', inlines: this.inlines(node.children) }] },
        ];
      case 'list':
        return [this.list(node)];
      case 'table':
        return [
          {
            kind: 'table',
            rows: node.children.filter(isElement).map((row) =>
              row.children.filter(isElement).map((cell) => ({
                header: typeof cell.headerState === 'number' && cell.headerState > 0,
                colSpan: typeof cell.colSpan === 'number' && cell.colSpan > 1 ? cell.colSpan : 1,
                blocks: this.containerBlocks(cell),
              })),
            ),
          },
        ];
      default:
        return this.containerBlocks(node);
    }
  }

  private list(node: ElementJSON & { type: 'list' }): PrintBlock {
    const items: PrintBlock[][] = [];
    for (const child of node.children) {
      if (!isElement(child)) continue;
      const nested = child.children.filter((c) => isElement(c) && c.type === 'list');
      const own = child.children.filter((c) => !(isElement(c) && c.type === 'list'));
      const blocks: PrintBlock[] = [];
      if (own.length > 0) blocks.push({ kind: 'paragraph', inlines: this.inlines(own) });
      for (const list of nested) blocks.push(this.list(list as ElementJSON & { type: 'list' }));
      // Lexical nests a sub-list in a list item of its own; it belongs to the item before it.
      if (own.length === 0 && items.length > 0) items[items.length - 1]!.push(...blocks);
      else items.push(blocks);
    }
    return {
      kind: 'list',
      ordered: node.listType === 'number',
      start: typeof node.start === 'number' ? node.start : 1,
      items,
    };
  }

  inlines(nodes: readonly ContentNode[]): PrintInline[] {
    const out: PrintInline[] = [];
    for (const node of nodes) {
      const custom = protocolNodeText(node, this.document, this.mentioned);
      if (custom) {
        // A vote that ended up inside a paragraph still prints, on its own line.
        out.push({ text: custom.kind === 'speaker' ? custom.text : custom.lines.join('\n') });
        continue;
      }
      switch (node.type) {
        case 'text':
          out.push(inlineFromText(node));
          break;
        case 'tab':
          out.push({ text: '\t' });
          break;
        case 'linebreak':
          out.push({ text: '\n' });
          break;
        case 'suggestion': {
          const change = { kind: node.kind, author: node.author, date: node.createdAt };
          for (const inline of this.inlines(node.children)) out.push({ ...inline, change });
          break;
        }
        case 'mark': {
          // Comment anchors: the text stays as it is; the thread ids ride along for formats
          // that can show comments (DOCX, on request).
          for (const inline of this.inlines(node.children)) {
            out.push({ ...inline, comments: [...(inline.comments ?? []), ...node.ids] });
          }
          break;
        }
        default:
          if (isElement(node) && !BLOCK_ELEMENTS.has(node.type))
            out.push(...this.inlines(node.children));
      }
    }
    return out;
  }
}

function isEmptyBlock(block: PrintBlock): boolean {
  if (block.kind === 'paragraph') return block.inlines.every((i) => i.text.trim() === '');
  if (block.kind === 'list') return block.items.every((item) => item.every(isEmptyBlock));
  return false;
}

/**
 * Minutes are final only when they say "approved" and their signatures prove it: every place
 * signed, every signature valid over the text as it is now. A file edited to say "approved",
 * or whose text changed after signing, prints as a draft.
 */
export function isDraft(document: ProtocolDocument, report?: VerifyReport | null): boolean {
  if (document.workflow.state !== 'approved') return true;
  return !(report ?? verifyDocument(document)).complete;
}

/** The language of the dates the print model writes (the document's, as the exports' texts). */
function dateLang(document: ProtocolDocument): 'de' | 'en' {
  return /^en\b/i.test(document.language) ? 'en' : 'de';
}

function signatories(document: ProtocolDocument, report: VerifyReport | null): PrintSignatory[] {
  const lang = dateLang(document);
  return document.rules.signatories.map((s, slot) => {
    const index = document.signatures.findIndex((sig) => sig.slot === slot);
    const signature = document.signatures[index];
    // The name as the roster writes it ("GR Albrecht"), also for a place the signer filled
    // without the place naming them; the identity's own name only for someone not in it.
    const person =
      findPerson(document, slotPersonId(document, slot)) ??
      (signature ? findPerson(document, signature.personId) : undefined);
    const entry: PrintSignatory = { label: s.label, name: person ? formalName(person) : '' };
    if (signature && report?.signers[index]?.valid) {
      entry.signed = {
        name: signature.name,
        at: formatTimestamp(signature.signedAt, lang),
        fingerprint: keyFingerprint(signature.publicKey),
      };
      if (!entry.name) entry.name = signature.name;
    }
    return entry;
  });
}

function corrections(document: ProtocolDocument): PrintCorrection[] {
  const lang = dateLang(document);
  return document.corrections.map((c) => ({
    date: lang === 'de' ? formatDate(c.createdAt.slice(0, 10)) : c.createdAt.slice(0, 10),
    createdAt: formatTimestamp(c.createdAt, lang),
    author: c.author,
    concerns: c.concerns,
    text: c.text,
    decidedIn: c.decidedIn,
    signatories: c.signatures.map((sig, index) => ({
      label: sig.label,
      name: sig.name,
      ...(correctionSignatureValid(c, index)
        ? {
            signed: {
              name: sig.name,
              at: formatTimestamp(sig.signedAt, lang),
              fingerprint: keyFingerprint(sig.publicKey),
            },
          }
        : {}),
    })),
  }));
}

function itemHeading(item: AgendaItem): string {
  return item.title ? `TOP ${item.number}: ${item.title}` : `TOP ${item.number}`;
}

/** The town of a body's name: "Gemeinderat der Gemeinde Kleinweiler" → "Kleinweiler". */
export function townOf(bodyName: string): string {
  const m =
    /\b(?:Gemeinde|Stadt|Landeshauptstadt|Hansestadt|Marktgemeinde|Markt|Ortsgemeinde|Verbandsgemeinde|Samtgemeinde|Kreisstadt|Große Kreisstadt)\s+(.+)$/.exec(
      bodyName.trim(),
    );
  return m ? m[1]!.trim() : '';
}

function certification(
  document: ProtocolDocument,
  signed: PrintSignatory[],
  day: string,
): PrintCertification {
  const clerk = findPerson(document, document.meeting.clerkId);
  const slot = document.rules.signatories.findIndex((s) => s.role === 'clerk');
  const label = slot >= 0 ? document.rules.signatories[slot]!.label : 'Schriftführung';
  const date = dateLang(document) === 'de' ? formatDate(day) : day;
  return {
    placeAndDate: [townOf(document.body.name), date].filter(Boolean).join(', '),
    signatory: {
      label,
      name: clerk ? formalName(clerk) : (signed[slot]?.name ?? ''),
    },
  };
}

function meetingFindings(document: ProtocolDocument): string[] {
  const findings: string[] = [];
  const who = document.body.shortName || 'Das Gremium';
  if (document.meeting.convenedProperly === true) {
    findings.push('Die Sitzung wurde ordnungsgemäß und rechtzeitig einberufen.');
  } else if (document.meeting.convenedProperly === false) {
    findings.push('Die Sitzung wurde nicht ordnungsgemäß einberufen.');
  }
  if (document.meeting.quorate === true) findings.push(`${who} ist beschlussfähig.`);
  else if (document.meeting.quorate === false) findings.push(`${who} ist nicht beschlussfähig.`);
  return findings;
}

/** The heading of a non-public item in the public version: its number and nothing else. */
export function nonPublicItemHeading(item: AgendaItem): string {
  return `TOP ${item.number} – nichtöffentlich`;
}

export function buildPrintDocument(
  full: ProtocolDocument,
  options: PrintOptions = {},
): PrintDocument {
  const publicOnly = options.publicOnly === true;
  // Signatures are verified over the full minutes (they cover the whole text); everything
  // printed comes from the public view when only the public part is asked for.
  const document = publicOnly ? publicView(full) : full;
  const extract = options.extractItemId
    ? document.items.find((i) => i.id === options.extractItemId && (!publicOnly || i.public))
    : undefined;
  if (publicOnly && !full.items.some((i) => i.public)) {
    throw new UserError('export.public.nothing');
  }
  if (publicOnly && options.extractItemId && !extract) {
    throw new UserError('export.public.itemNotPublic');
  }
  const items = extract ? [extract] : document.items;
  const kicker = extract
    ? 'Auszug aus der Niederschrift'
    : publicOnly
      ? 'Öffentlicher Teil der Niederschrift'
      : '';
  // Verified once: the signature block, the sign-off line and the draft mark all rest on it.
  const report =
    full.signatures.length > 0 || full.workflow.state === 'approved'
      ? verifyDocument(full, { keyring: options.keyring ?? null })
      : null;
  const draft = isDraft(full, report);
  // What was said after the first signature is not part of the signed record: left out.
  const late = new Set(report?.lateComments ?? []);
  // An extract is certified by the clerk; the minutes' signatures belong to the whole.
  const sign = extract ? [] : signatories(full, report);
  const certified = extract
    ? certification(
        full,
        signatories(full, report),
        options.certifiedOn ?? new Date().toISOString().slice(0, 10),
      )
    : null;
  const parts: PrintPart[] = [];

  if (document.form === 'per-item') {
    for (const item of items) {
      parts.push({
        kicker,
        title: fillTitle(document.layout.title, document, item),
        footerLabel: item.minutesNumber
          ? `Niederschrift Nr. ${item.minutesNumber}`
          : `TOP ${item.number}`,
        header: printedHeader(document, item, document.layout.header).filter(
          (row) => row.field.placement !== 'title',
        ),
        attendance: null,
        findings: [],
        sections: [
          {
            heading: '',
            items: [
              {
                id: item.id,
                heading: '',
                header: [],
                blocks: new ContentPrinter(document, item).blocks(),
              },
            ],
          },
        ],
        agenda: [],
        signatories: sign,
        certification: certified,
      });
    }
  } else {
    const printItem = (item: AgendaItem): PrintItem =>
      publicOnly && !item.public
        ? { id: item.id, heading: nonPublicItemHeading(item), header: [], blocks: [] }
        : {
            id: item.id,
            heading: itemHeading(item),
            header: printedHeader(document, item, document.layout.itemHeader).filter(
              (r) => r.value !== '',
            ),
            blocks: new ContentPrinter(document, item).blocks(),
          };
    const publicItems = items.filter((i) => i.public);
    const closedItems = items.filter((i) => !i.public);
    const sections: PrintPart['sections'] = [];
    if (publicItems.length > 0)
      sections.push({ heading: 'Öffentlicher Teil', items: publicItems.map(printItem) });
    if (closedItems.length > 0) {
      sections.push({
        heading: 'Nichtöffentlicher Teil',
        items: closedItems.map(printItem),
        // The full version: the non-public part on pages of its own, so the public pages can
        // be handed out alone. The public version lists bare lines; no page for them.
        newPage: !publicOnly && publicItems.length > 0,
      });
    }
    parts.push({
      kicker,
      title: fillTitle(document.layout.title, document),
      footerLabel: document.meeting.minutesNumber
        ? `Niederschrift Nr. ${document.meeting.minutesNumber}`
        : `Niederschrift vom ${formatDate(document.meeting.date)}`,
      header: printedHeader(document, undefined, document.layout.header),
      attendance: extract ? attendanceAtItem(document, extract.id) : attendanceSummary(document),
      findings: meetingFindings(document),
      sections,
      agenda:
        document.layout.agendaOverview === true && !extract
          ? items.map((i) => ({
              number: i.number,
              // A placeholder of the public version has no title to print: its line says
              // only "nichtöffentlich" (not "nichtöffentlich (nichtöffentlich)").
              title: publicOnly && !i.public ? '' : i.title,
              public: i.public,
            }))
          : [],
      signatories: sign,
      certification: certified,
    });
  }

  const first = items[0];
  const title =
    document.form === 'per-item' && first
      ? first.title || fillTitle(document.layout.title, document)
      : fillTitle(document.layout.title, document);
  const clerk = findPerson(document, document.meeting.clerkId);
  const date = formatDate(document.meeting.date);
  return {
    meta: {
      title: extract ? `Auszug: ${title}` : publicOnly ? `${title} (öffentlicher Teil)` : title,
      author: clerk ? formalName(clerk) : '',
      subject: [document.body.name, date].filter(Boolean).join(', '),
      keywords: [
        'Niederschrift',
        document.body.shortName || document.body.name,
        ...items.flatMap((i) => [`TOP ${i.number}`, i.paperRef ? `Drucksache ${i.paperRef}` : '']),
      ].filter(Boolean),
      language: document.language,
    },
    draft,
    unconfirmed: !draft && report !== null && full.signatures.length > 0 && !report.confirmed,
    parts,
    signOff:
      !extract && report && document.signatures.length > 0
        ? {
            complete: report.complete,
            confirmed: report.confirmed,
            demo: report.signers.some((s) => s.demo),
            hash: report.hash,
            shortHash: shortHash(report.hash),
            groupedHash: groupedHash(report.hash),
          }
        : null,
    corrections: corrections(document),
    comments:
      options.includeComments && !publicOnly
        ? document.comments
            .filter((c) => items.some((i) => i.id === c.itemId) && !late.has(c.id))
            .map((c) => ({
              id: c.id,
              itemId: c.itemId,
              author: c.author,
              createdAt: c.createdAt,
              text: c.text,
              resolved: c.resolved,
              replies: c.replies
                .filter((r) => !late.has(r.id))
                .map((r) => ({
                  author: r.author,
                  createdAt: r.createdAt,
                  text: r.text,
                })),
            }))
        : [],
  };
}

/** One line of a signature place, top to bottom; 'line' is the line to sign on. */
export interface SignatoryLine {
  kind: 'line' | 'name' | 'role' | 'key';
  /** A "\n" breaks the line (the signed note: what, then when). */
  text: string;
}

/**
 * The lines of one signature place, the same in every format. Signed electronically: where the
 * handwriting would go, that and when it was signed (and by whom, when the signer's name is not
 * the place's); under the role the key's fingerprint. Not signed: an empty line to sign on.
 */
export function signatoryLines(signatory: PrintSignatory, lang: Lang): SignatoryLine[] {
  const signed = signatory.signed;
  const lines: SignatoryLine[] = [];
  if (signed) {
    const text =
      signatory.name && signed.name !== signatory.name
        ? t(lang, 'print.signature.signedBy', { name: signed.name, date: signed.at })
        : t(lang, 'print.signature.signed', { date: signed.at });
    lines.push({ kind: 'line', text });
  } else {
    lines.push({ kind: 'line', text: '' });
  }
  if (signatory.name) lines.push({ kind: 'name', text: signatory.name });
  lines.push({ kind: 'role', text: signatory.label });
  if (signed) {
    lines.push({
      kind: 'key',
      text: t(lang, 'print.signature.key', { fingerprint: signed.fingerprint }),
    });
  }
  return lines;
}

/**
 * The verification line under the signatures of signed minutes, with the full hash. It says
 * "confirmed" only when the export checked every key against the body's keyring.
 */
export function signOffLine(signOff: PrintSignOff, lang: Lang): string {
  const key: MessageKey = !signOff.complete
    ? 'print.signOff.incomplete'
    : !signOff.confirmed
      ? 'print.signOff.unconfirmed'
      : signOff.demo
        ? 'print.signOff.demo'
        : 'print.signOff.complete';
  return t(lang, key, { hash: signOff.groupedHash });
}

/** Every text a print document shows, in reading order (tests compare it with exports). */
export function printDocumentText(doc: PrintDocument): string[] {
  const lines: string[] = [];
  const blockText = (block: PrintBlock): void => {
    switch (block.kind) {
      case 'paragraph':
        lines.push(block.inlines.map((i) => i.text).join(''));
        break;
      case 'heading':
        lines.push(block.text);
        break;
      case 'list':
        block.items.forEach((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '• ';
          const first = lines.length;
          item.forEach(blockText);
          if (lines.length > first) lines[first] = marker + lines[first];
        });
        break;
      case 'table':
        block.rows.forEach((row) => row.forEach((cell) => cell.blocks.forEach(blockText)));
        break;
      case 'quote':
        block.blocks.forEach(blockText);
        break;
    }
  };
  for (const part of doc.parts) {
    if (part.kicker) lines.push(part.kicker);
    lines.push(part.title);
    for (const row of part.header) lines.push([row.label, row.value].filter(Boolean).join(' '));
    for (const section of part.sections) {
      if (section.heading) lines.push(section.heading);
      for (const item of section.items) {
        if (item.heading) lines.push(item.heading);
        for (const row of item.header) lines.push(`${row.label} ${row.value}`);
        item.blocks.forEach(blockText);
      }
    }
  }
  return lines;
}
