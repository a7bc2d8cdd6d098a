import { createHash } from 'node:crypto';
import { languageTag } from '../../core/export/html/escape';
import type { PrintMeta } from '../../core/export/print-model';
import { PDF_LOAD_OPTIONS, PDF_SAVE_OPTIONS } from './pdf-lib-options';

export const PDF_CREATOR = 'Protokollant';

/**
 * Chromium sets only the title (from <title>) and the language; archives and search want
 * author, subject and keywords as well, and viewers should show the title, not the file name.
 *
 * The properties go in as an incremental update (new Info and catalog objects, an xref section
 * and a trailer appended to Chromium's bytes): nothing Chromium wrote is touched, so the
 * structure tree (tagging) and the outline stay exactly as they were, and it costs no parse of
 * the whole file. A PDF whose end is not a classic xref table and trailer (not what Chromium
 * writes) is rewritten with pdf-lib instead.
 */
export async function finishPdf(bytes: Uint8Array, meta: PrintMeta): Promise<Uint8Array> {
  return appendDocumentInfo(bytes, meta) ?? rewriteDocumentInfo(bytes, meta);
}

/** A PDF text string: UTF-16BE with byte order mark, written in hex (no escaping needed). */
function pdfText(value: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) {
    hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextEncoder();

function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

const xml = (text: string): string =>
  text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]!};`);

/**
 * The XMP metadata packet (ISO 16684-1) archives and PDF/UA checkers read: title, creator,
 * subject, language, keywords, the creating tool and the document ID. No pdfuaid or pdfaid
 * part: nothing here proves the file meets PDF/UA or PDF/A, and a claim a checker refutes is
 * worse than none.
 */
export function xmpPacket(meta: PrintMeta, idHex: string): string {
  const uuid = `uuid:${idHex.slice(0, 8)}-${idHex.slice(8, 12)}-${idHex.slice(12, 16)}-${idHex.slice(16, 20)}-${idHex.slice(20, 32)}`;
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    '<rdf:Description rdf:about=""' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"' +
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n' +
    '<dc:format>application/pdf</dc:format>\n' +
    `<dc:title>${alt(meta.title)}</dc:title>\n` +
    (meta.author
      ? `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>\n`
      : '') +
    (meta.subject ? `<dc:description>${alt(meta.subject)}</dc:description>\n` : '') +
    `<dc:language><rdf:Bag><rdf:li>${xml(languageTag(meta.language))}</rdf:li></rdf:Bag></dc:language>\n` +
    `<pdf:Keywords>${xml(meta.keywords.join(', '))}</pdf:Keywords>\n` +
    `<xmp:CreatorTool>${PDF_CREATOR}</xmp:CreatorTool>\n` +
    `<xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>\n` +
    `<xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>\n` +
    '</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="r"?>'
  );
}

interface Trailer {
  size: number;
  root: { num: number; gen: number };
  info: { num: number; gen: number } | null;
  id: string | null;
  xrefAt: number;
  offsets: Map<number, number>;
}

/** Reads the last classic xref table and trailer; null for anything else (xref streams…). */
function readTrailer(text: string): Trailer | null {
  const start = text.lastIndexOf('startxref');
  if (start < 0) return null;
  const xrefAt = Number(/^startxref\s+(\d+)/.exec(text.slice(start))?.[1]);
  if (!Number.isInteger(xrefAt) || !text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0 || trailerAt > start) return null;
  const offsets = new Map<number, number>();
  const lines = text
    .slice(xrefAt + 4, trailerAt)
    .trim()
    .split(/\r?\n|\r/);
  let next = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)$/.exec(line.trim());
    if (section) {
      next = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (!entry) return null;
    if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
    next++;
  }
  const dict = text.slice(trailerAt, start);
  const ref = (key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(dict);
    return m ? { num: Number(m[1]), gen: Number(m[2]) } : null;
  };
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1]);
  const root = ref('Root');
  if (!root || !Number.isInteger(size) || /\/Prev\s/.test(dict) || /\/Encrypt\s/.test(dict)) {
    return null;
  }
  return {
    size,
    root,
    info: ref('Info'),
    id: /\/ID\s*(\[[^\]]*\])/.exec(dict)?.[1] ?? null,
    xrefAt,
    offsets,
  };
}

/** The dictionary (<<…>>) of the object at `at`, balanced over nested dictionaries and strings. */
function objectDictionary(text: string, at: number): string | null {
  const open = text.indexOf('<<', at);
  if (open < 0 || !/^\d+\s+\d+\s+obj\s*$/.test(text.slice(at, open))) return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      // A literal string: skip to its end (escapes and nested parentheses).
      let level = 1;
      for (i++; i < text.length && level > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') level++;
        else if (text[i] === ')') level--;
      }
      i--;
    } else if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(open, i + 1);
    } else if (c === '<') {
      const close = text.indexOf('>', i);
      if (close < 0) return null;
      i = close;
    }
  }
  return null;
}

/** Keeps Chromium's Producer and dates; the rest is ours. */
function keptInfo(text: string, trailer: Trailer): string[] {
  if (!trailer.info) return [];
  const at = trailer.offsets.get(trailer.info.num);
  const dict = at === undefined ? null : objectDictionary(text, at);
  if (!dict) return [];
  return ['Producer', 'CreationDate', 'ModDate'].flatMap((key) => {
    const m = new RegExp(`/${key}\\s*(\\((?:[^()\\\\]|\\\\.)*\\)|<[0-9A-Fa-f\\s]*>)`).exec(dict);
    return m ? [`/${key} ${m[1]}`] : [];
  });
}

/** The incremental update; null when the PDF's end is not a classic xref table and trailer. */
export function appendDocumentInfo(bytes: Uint8Array, meta: PrintMeta): Uint8Array | null {
  const text = latin1.decode(bytes);
  const trailer = readTrailer(text);
  if (!trailer) return null;
  const rootAt = trailer.offsets.get(trailer.root.num);
  const catalog = rootAt === undefined ? null : objectDictionary(text, rootAt);
  if (!catalog || !/\/Type\s*\/Catalog/.test(catalog)) return null;

  // The document ID: Chromium's when it wrote one, else one from the bytes (stable for the
  // same print). It names the file in the trailer and in the XMP (xmpMM:DocumentID).
  const idHex =
    /<([0-9A-Fa-f]{32,})>/.exec(trailer.id ?? '')?.[1]?.toLowerCase() ??
    createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const id = trailer.id ?? `[<${idHex}> <${idHex}>]`;
  const metadataNum = trailer.size + 1;

  let newCatalog = catalog.slice(0, -2).replace(/\/Metadata\s+\d+\s+\d+\s+R/, '');
  newCatalog += `\n/Metadata ${metadataNum} 0 R`;
  if (!/\/ViewerPreferences/.test(catalog)) {
    newCatalog += '\n/ViewerPreferences <</DisplayDocTitle true>>';
  }
  if (!/\/Lang\s/.test(catalog))
    // A BCP 47 tag is plain ASCII letters, digits and hyphens: a literal string as it is.
    newCatalog += `\n/Lang (${languageTag(meta.language)})`;
  newCatalog += '>>';

  const infoNum = trailer.size;
  const info = [
    `/Title ${pdfText(meta.title)}`,
    `/Author ${pdfText(meta.author)}`,
    `/Subject ${pdfText(meta.subject)}`,
    `/Keywords ${pdfText(meta.keywords.join(', '))}`,
    `/Creator ${pdfText(PDF_CREATOR)}`,
    ...keptInfo(text, trailer),
  ].join('\n');

  const xmp = utf8.encode(xmpPacket(meta, idHex));
  const base = bytes.length;
  const separator = text.endsWith('\n') ? '' : '\n';
  // Everything but the XMP packet is ASCII (text strings are hex): one byte per character.
  let update = separator;
  const rootObjAt = base + update.length;
  update += `${trailer.root.num} ${trailer.root.gen} obj\n${newCatalog}\nendobj\n`;
  const infoObjAt = base + update.length;
  update += `${infoNum} 0 obj\n<<${info}>>\nendobj\n`;
  const metadataObjAt = base + update.length;
  const metadataHead = `${metadataNum} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n`;
  const metadataTail = '\nendstream\nendobj\n';
  const afterMetadata = update.length + metadataHead.length + xmp.length + metadataTail.length;
  const before = `${separator}${trailer.root.num} ${trailer.root.gen} obj\n${newCatalog}\nendobj\n${infoNum} 0 obj\n<<${info}>>\nendobj\n${metadataHead}`;
  const xrefAt = base + afterMetadata;
  const entry = (offset: number, gen: number) =>
    `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
  const sections = [
    { num: trailer.root.num, line: entry(rootObjAt, trailer.root.gen) },
    { num: infoNum, line: entry(infoObjAt, 0) },
    { num: metadataNum, line: entry(metadataObjAt, 0) },
  ].sort((a, b) => a.num - b.num);
  let after = metadataTail + 'xref\n';
  // infoNum and metadataNum follow each other: one subsection each keeps it simple.
  for (const s of sections) after += `${s.num} 1\n${s.line}`;
  after +=
    `trailer\n<</Size ${metadataNum + 1} /Root ${trailer.root.num} ${trailer.root.gen} R` +
    ` /Info ${infoNum} 0 R /Prev ${trailer.xrefAt} /ID ${id}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;

  const head = ascii(before);
  const tail = ascii(after);
  const out = new Uint8Array(base + head.length + xmp.length + tail.length);
  out.set(bytes);
  out.set(head, base);
  out.set(xmp, base + head.length);
  out.set(tail, base + head.length + xmp.length);
  return out;
}

/** The fallback: pdf-lib reads the whole file and writes it anew with the properties. */
export async function rewriteDocumentInfo(bytes: Uint8Array, meta: PrintMeta): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, PDF_LOAD_OPTIONS);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces, which splits "TOP 12"; a comma list keeps them whole.
  pdf.setKeywords([meta.keywords.join(', ')]);
  pdf.setLanguage(languageTag(meta.language));
  pdf.setCreator(PDF_CREATOR);
  return pdf.save(PDF_SAVE_OPTIONS);
}
