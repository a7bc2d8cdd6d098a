import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The structure tree of a PDF as a reader gets it: pdf.js (the reader in Firefox, whose text
 * layer is what a screen reader there reads) for the tree with each element's text, role
 * (after the role map), ActualText/Alt and language; and which text on each page is an
 * artifact or not marked at all.
 */
export interface StructNode {
  role: string;
  /** ActualText or Alt, as pdf.js reads it. */
  alt?: string;
  lang?: string;
  children: StructNode[];
  /** The text of the element's own marked content and that of its descendants. */
  text: string;
}

export interface PdfStructure {
  /** Per page: pdf.js's tree of the elements with content on that page. */
  pages: StructNode[];
  /** Per page: the text inside Artifact sequences, one entry per sequence. */
  artifacts: string[][];
  /** Per page: text outside any marked content. */
  untagged: string[][];
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

interface MarkedItem {
  type?: string;
  tag?: string;
  id?: string | null;
  str?: string;
}

export async function readStructure(path: string): Promise<PdfStructure> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path)),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const artifacts: string[][] = [];
  const untagged: string[][] = [];
  const pages: StructNode[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const contentText = new Map<string, string>();
      const stack: { tag: string; id: string | null; text: string }[] = [];
      const pageArtifacts: string[] = [];
      const pageUntagged: string[] = [];
      for (const raw of content.items as MarkedItem[]) {
        if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps') {
          stack.push({ tag: raw.tag ?? '', id: raw.id ?? null, text: '' });
        } else if (raw.type === 'endMarkedContent') {
          const done = stack.pop();
          if (!done) continue;
          if (done.tag === 'Artifact') pageArtifacts.push(done.text.trim());
          else if (done.id) contentText.set(done.id, done.text);
          if (stack.length > 0) stack[stack.length - 1]!.text += done.text;
        } else if (typeof raw.str === 'string') {
          if (stack.length === 0) {
            if (raw.str.trim() !== '') pageUntagged.push(raw.str);
          } else stack[stack.length - 1]!.text += raw.str;
        }
      }
      artifacts.push(pageArtifacts);
      untagged.push(pageUntagged);
      const convert = (raw: RawNode): StructNode => {
        const kids = raw.children ?? [];
        const children = kids.filter((c) => c.type !== 'content').map(convert);
        return {
          role: raw.role ?? '',
          ...(raw.alt !== undefined ? { alt: raw.alt } : {}),
          ...(raw.lang !== undefined ? { lang: raw.lang } : {}),
          children,
          text: kids
            .map((c) =>
              c.type === 'content' ? (contentText.get(c.id ?? '') ?? '') : convert(c).text,
            )
            .join(''),
        };
      };
      const tree = (await page.getStructTree()) as RawNode | null;
      pages.push(convert(tree ?? { role: 'Root', children: [] }));
    }
  } finally {
    await doc.destroy();
  }
  return { pages, artifacts, untagged };
}

/** Every element in document order. */
export function flatten(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/**
 * poppler's reading of the whole tree (`pdfinfo -struct-text`): each element with its type
 * and text; and what poppler complained about on the way.
 */
export function popplerStructure(path: string): { root: StructNode; errors: string } {
  const run = spawnSync('pdfinfo', ['-struct-text', path], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const root: StructNode = { role: 'Root', children: [], text: '' };
  const open: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }];
  for (const line of run.stdout.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('/')) continue;
    const indent = line.length - line.trimStart().length;
    while (open.length > 1 && open[open.length - 1]!.indent >= indent) open.pop();
    const parent = open[open.length - 1]!.node;
    if (trimmed.startsWith('"')) {
      const text = trimmed.slice(1, -1);
      for (const { node } of open) node.text += text;
      continue;
    }
    const node: StructNode = { role: trimmed.split(/[\s:]/)[0]!, children: [], text: '' };
    parent.children.push(node);
    open.push({ indent, node });
  }
  return { root, errors: run.stderr };
}

/** Each page's content stream, decompressed by qpdf. */
export function pageContents(path: string): string[] {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString('latin1');
  const pages: string[] = [];
  const marker =
    /%% Contents for page (\d+)\n%% Original object ID: [^\n]*\n\d+ 0 obj\n<<[\s\S]*?>>\nstream\n([\s\S]*?)\nendstream/g;
  for (const m of qdf.matchAll(marker)) pages[Number(m[1]) - 1] = m[2]!;
  return pages;
}
