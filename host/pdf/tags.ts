import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { promisify } from 'node:util';
import { deflate, inflateSync } from 'node:zlib';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { readTagMark, type PdfTagHints } from '../../core/export/html/pdf-tags';
import { markArtifacts } from './content-stream';
import { PDF_LOAD_OPTIONS, PDF_SAVE_OPTIONS } from './pdf-lib-options';

/**
 * The PDF post-process for the tags (accessibility): what Chromium's tagged PDF lacks.
 *
 * - List items as Lbl and LBody: the item's number or bullet (a span the print page marks,
 *   see core/export/html/pdf-tags.ts) becomes the Lbl, the rest the LBody.
 * - Suggested changes as Span elements with an ActualText that says what they are
 *   ("Einfügung: … (Ende der Einfügung)"), so a screen reader does not read both wordings
 *   as one text.
 * - Running header (ENTWURF) and footer (page numbers), and the page background, as
 *   artifacts: out of the structure tree and marked as such in the content.
 * - PDF 2.0 structure types Chromium writes into its PDF 1.4 (Em, Strong…) role-mapped to
 *   their PDF 1.7 counterparts.
 *
 * A function of the bytes alone (pdf-lib and zlib), so a print worker can call it. A PDF
 * without a structure tree (an untagged print) comes back as it was.
 */
export async function tagPdf(
  bytes: Uint8Array,
  hints: PdfTagHints,
  margins: PdfPageSetup['marginMm'],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, PDF_LOAD_OPTIONS);
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return bytes;
  const tree = new StructTree(pdf.context, root);
  tree.markChanges(hints);
  tree.labelLists();
  tree.clearMarks();
  tree.mapRoles();
  await markPageArtifacts(pdf, margins);
  return pdf.save(PDF_SAVE_OPTIONS);
}

const K = PDFName.of('K');
const P = PDFName.of('P');
const S = PDFName.of('S');
const PG = PDFName.of('Pg');
const LANG = PDFName.of('Lang');

interface Element {
  ref: PDFRef;
  dict: PDFDict;
  parent: Element | null;
}

/**
 * PDF 2.0 standard structure types, not standard in PDF 1.7, and the 1.7 type each maps to
 * (ISO 32000-2, Annex L).
 */
const PDF2_ROLES: Record<string, string> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Title: 'P',
  Aside: 'Div',
  FENote: 'Note',
  DocumentFragment: 'Div',
};

class StructTree {
  private readonly elements: Element[] = [];
  private readonly byRef = new Map<PDFRef, Element>();

  constructor(
    private readonly context: PDFContext,
    private readonly root: PDFDict,
  ) {
    const visit = (object: PDFObject | undefined, parent: Element | null) => {
      if (!(object instanceof PDFRef)) return;
      const dict = context.lookup(object);
      if (!(dict instanceof PDFDict) || dict.has(PDFName.of('MCID'))) return;
      if (dict.get(PDFName.of('Type')) === PDFName.of('OBJR')) return;
      if (this.byRef.has(object)) return;
      const element = { ref: object, dict, parent };
      this.elements.push(element);
      this.byRef.set(object, element);
      for (const kid of this.kids(dict)) visit(kid, element);
    };
    for (const kid of this.kids(root)) visit(kid, null);
  }

  private kids(dict: PDFDict): PDFObject[] {
    const k = dict.get(K);
    if (k === undefined) return [];
    return k instanceof PDFArray ? k.asArray() : [k];
  }

  private setKids(dict: PDFDict, kids: PDFObject[]): void {
    dict.set(K, this.context.obj(kids));
  }

  private type(dict: PDFDict): string | undefined {
    return dict.lookupMaybe(S, PDFName)?.decodeText();
  }

  private mark(dict: PDFDict) {
    const lang = dict.get(LANG);
    return lang instanceof PDFString || lang instanceof PDFHexString
      ? readTagMark(lang.decodeText())
      : null;
  }

  /** Suggested changes: Span with ActualText saying which kind of change it is. */
  markChanges(hints: PdfTagHints): void {
    for (const { dict } of this.elements) {
      const mark = this.mark(dict);
      if (mark?.kind !== 'change') continue;
      dict.set(S, PDFName.of('Span'));
      const change = hints.changes[mark.index];
      if (change) dict.set(PDFName.of('ActualText'), PDFHexString.fromText(change.actualText));
    }
  }

  /** Each LI holds its label (Lbl) and then its body (LBody). */
  labelLists(): void {
    for (const item of this.elements) {
      if (this.type(item.dict) !== 'LI') continue;
      const label = this.findLabel(item);
      if (label) this.detach(label);
      const kids = this.kids(item.dict);
      const labels = kids.filter((kid) => this.isLabel(kid));
      const rest = kids.filter((kid) => !this.isLabel(kid));
      const out: PDFObject[] = [];
      if (label) {
        label.dict.set(S, PDFName.of('Lbl'));
        label.dict.set(P, item.ref);
        label.parent = item;
        out.push(label.ref);
      }
      out.push(...labels);
      if (rest.length > 0) out.push(this.body(item, rest));
      this.setKids(item.dict, out);
    }
  }

  private isLabel(kid: PDFObject): boolean {
    if (!(kid instanceof PDFRef)) return false;
    const dict = this.context.lookup(kid);
    return dict instanceof PDFDict && this.type(dict) === 'Lbl';
  }

  /** The item's own marked label: the first in it, not inside a nested list. */
  private findLabel(item: Element): Element | null {
    const search = (element: Element): Element | null => {
      for (const kid of this.kids(element.dict)) {
        const child = kid instanceof PDFRef ? this.byRef.get(kid) : undefined;
        if (!child) continue;
        const type = this.type(child.dict);
        if (type === 'L' || type === 'LI') continue;
        if (this.mark(child.dict)?.kind === 'label') return child;
        const deeper = search(child);
        if (deeper) return deeper;
      }
      return null;
    };
    return search(item);
  }

  /** Takes an element out of its parent; a parent left empty goes as well. */
  private detach(element: Element): void {
    const parent = element.parent;
    if (!parent) return;
    const kids = this.kids(parent.dict).filter((kid) => kid !== element.ref);
    this.setKids(parent.dict, kids);
    if (kids.length === 0 && this.type(parent.dict) !== 'LI') {
      this.detach(parent);
      parent.parent = null;
    }
  }

  private body(item: Element, kids: PDFObject[]): PDFRef {
    const body = this.context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref, K: kids });
    const page = item.dict.get(PG);
    if (page) body.set(PG, page);
    const ref = this.context.register(body);
    const element: Element = { ref, dict: body, parent: item };
    this.elements.push(element);
    this.byRef.set(ref, element);
    for (const kid of kids) {
      if (kid instanceof PDFRef) {
        const moved = this.byRef.get(kid);
        if (moved) {
          moved.dict.set(P, ref);
          moved.parent = element;
          continue;
        }
      }
      // Marked content directly in the item: the parent tree now names the body as its parent.
      this.reparentContent(kid, item.dict, ref);
    }
    return ref;
  }

  private reparentContent(kid: PDFObject, owner: PDFDict, parent: PDFRef): void {
    let mcid: number | undefined;
    let page = owner.get(PG);
    if (kid instanceof PDFNumber) mcid = kid.asNumber();
    else {
      const dict = kid instanceof PDFRef ? this.context.lookup(kid) : kid;
      if (dict instanceof PDFDict && dict.get(PDFName.of('Type')) === PDFName.of('MCR')) {
        mcid = dict.lookupMaybe(PDFName.of('MCID'), PDFNumber)?.asNumber();
        page = dict.get(PG) ?? page;
      }
    }
    if (mcid === undefined || !(page instanceof PDFRef)) return;
    const pageDict = this.context.lookup(page, PDFDict);
    const key = pageDict.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
    if (key === undefined) return;
    const parents = this.parentTreeEntry(key);
    if (parents && mcid < parents.size()) parents.set(mcid, parent);
  }

  private parentTreeEntry(key: number): PDFArray | null {
    const find = (node: PDFDict | undefined): PDFArray | null => {
      if (!node) return null;
      const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
      if (nums) {
        for (let i = 0; i + 1 < nums.size(); i += 2) {
          if (nums.lookupMaybe(i, PDFNumber)?.asNumber() === key) {
            return nums.lookupMaybe(i + 1, PDFArray) ?? null;
          }
        }
      }
      const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
      for (let i = 0; kids && i < kids.size(); i++) {
        const found = find(kids.lookupMaybe(i, PDFDict));
        if (found) return found;
      }
      return null;
    };
    return find(this.root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  }

  /** The marks were only for finding the elements: no element keeps a made-up language. */
  clearMarks(): void {
    for (const { dict } of this.elements) if (this.mark(dict)) dict.delete(LANG);
  }

  mapRoles(): void {
    const used = new Set(this.elements.map((e) => this.type(e.dict)));
    const roleMap = this.root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? this.context.obj({});
    let added = false;
    for (const [type, standard] of Object.entries(PDF2_ROLES)) {
      if (!used.has(type) || roleMap.has(PDFName.of(type))) continue;
      roleMap.set(PDFName.of(type), PDFName.of(standard));
      added = true;
    }
    if (added) this.root.set(PDFName.of('RoleMap'), roleMap);
  }
}

const MM = 72 / 25.4;

/** A content stream's bytes: Chromium's are Flate without parameters, zlib reads those. */
function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const plainFlate =
    (filter === PDFName.of('FlateDecode') ||
      (filter instanceof PDFArray &&
        filter.size() === 1 &&
        filter.get(0) === PDFName.of('FlateDecode'))) &&
    !stream.dict.has(PDFName.of('DecodeParms'));
  return plainFlate ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
}

const deflateAsync = promisify(deflate);

async function markPageArtifacts(
  pdf: PDFDocument,
  margins: PdfPageSetup['marginMm'],
): Promise<void> {
  const context = pdf.context;
  const written: Promise<void>[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs =
      contents instanceof PDFArray
        ? contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef)
        : contents instanceof PDFRef
          ? [contents]
          : [];
    const options = {
      pageHeight: page.getMediaBox().y + page.getMediaBox().height,
      marginTopPt: margins.top * MM,
      marginBottomPt: margins.bottom * MM,
    };
    for (const ref of refs) {
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const marked = markArtifacts(decoded(stream), options);
      // zlib, not pdf-lib's JavaScript deflate (a third of the time on a long document), and
      // on zlib's own threads, so the next pages are read while this one is compressed.
      if (marked) {
        written.push(
          deflateAsync(marked).then((data) => {
            context.assign(ref, context.stream(data, { Filter: 'FlateDecode' }));
          }),
        );
      }
    }
  }
  await Promise.all(written);
}
