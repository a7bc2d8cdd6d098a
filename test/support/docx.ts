import { inflateRawSync } from 'node:zlib';

/**
 * Reading DOCX output in tests: the zip's parts, and the paragraphs of a WordprocessingML part
 * with their style, numbering and text. Deliberately independent of the docx package, so a test
 * checks the file as another program would read it, not as the writer meant it.
 */

/** Every file in a zip archive, by path (stored and deflated entries, as DOCX uses). */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, new Uint8Array(inflateRawSync(data)));
    else throw new Error(`unsupported zip method ${method} for ${name}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** One part of a DOCX as text; fails loudly when it is missing. */
export function docxPart(bytes: Uint8Array, path: string): string {
  const file = unzip(bytes).get(path);
  if (!file) throw new Error(`${path} is not in the DOCX`);
  return new TextDecoder('utf-8', { fatal: true }).decode(file);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name]!;
  });
}

/** The text of a piece of WordprocessingML: w:t in order, w:tab as "\t", w:br as "\n". */
export function textOf(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:t\/>/g)) {
    if (match[0] === '<w:tab/>') text += '\t';
    else if (match[0] === '<w:br/>') text += '\n';
    else text += unescapeXml(match[1] ?? '');
  }
  return text;
}

export interface DocxParagraph {
  style: string | undefined;
  numId: string | undefined;
  level: string | undefined;
  text: string;
  xml: string;
}

const attribute = (xml: string, element: string): string | undefined =>
  new RegExp(`<${element} w:val="([^"]*)"`).exec(xml)?.[1];

/** The paragraphs of a part, in document order (table cells included). */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((match) => {
    const inner = match[1] ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    return {
      style: attribute(properties, 'w:pStyle'),
      numId: attribute(properties, 'w:numId'),
      level: attribute(properties, 'w:ilvl'),
      text: textOf(inner.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '')),
      xml: match[0],
    };
  });
}

/** The rows of the tables of a part, each row as the texts of its cells. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      paragraphs(cell[1]!)
        .map((p) => p.text)
        .join('\n'),
    ),
  );
}
