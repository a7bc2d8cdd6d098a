import type { PrintText } from './texts';

/**
 * What the PDF's tags need beyond what Chromium derives from the page.
 *
 * Chromium tags a printed page from its accessibility tree: headings, lists, tables, but a
 * list item's number and a suggested change come out as anonymous NonStruct elements. To find
 * them again in the PDF, the page the PDF engine prints marks those elements with a language
 * tag of its own, a private-use subtag after the document's language ("de-x-pklbl",
 * "de-x-pkins-3"; BCP 47 allows these, Chromium copies an element's language into its tag as
 * /Lang). The PDF post-process (host/pdf/tags.ts) turns them into Lbl and Span elements and
 * removes the marks. The HTML export never carries them.
 */

export interface PdfChangeTag {
  kind: 'insert' | 'delete';
  /** What a screen reader reads instead of the text: kind and wording ("Einfügung: …"). */
  actualText: string;
}

export interface PdfTagHints {
  /** Suggested changes in page order; the mark's number is the index here. */
  changes: PdfChangeTag[];
}

export type TagMark = { kind: 'label' } | { kind: 'change'; index: number };

const PRIVATE = '-x-pk';

/** The mark a /Lang value carries, or null for an ordinary language. */
export function readTagMark(lang: string): TagMark | null {
  const at = lang.indexOf(PRIVATE);
  if (at < 0) return null;
  const rest = lang.slice(at + PRIVATE.length);
  if (rest === 'lbl') return { kind: 'label' };
  const change = /^(?:ins|del)-(\d{1,8})$/.exec(rest);
  return change ? { kind: 'change', index: Number(change[1]) } : null;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of inline HTML as blocks.ts writes it (escaped text, formatting, breaks, tabs). */
function inlineText(html: string): string {
  return html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Marks the body of the page the PDF engine prints: list labels and suggested changes (which
 * blocks.ts writes as `<span class="lbl">` and `<ins|del class="change">`, never nested), and
 * returns what the post-process needs for them.
 */
export function markForPdfTags(
  body: string,
  language: string,
  text: PrintText,
): { body: string; hints: PdfTagHints } {
  const changes: PdfChangeTag[] = [];
  const marked = body
    // role="generic" keeps the span in Chromium's accessibility tree, so it gets a tag.
    .replace(
      /<span class="lbl">/g,
      `<span class="lbl" role="generic" lang="${language}${PRIVATE}lbl">`,
    )
    .replace(
      /<(ins|del) class="change"([^>]*)>([\s\S]*?)<\/\1>/g,
      (_all, tag: string, attributes: string, inner: string) => {
        const kind = tag === 'ins' ? 'insert' : 'delete';
        const wording = inlineText(inner);
        changes.push({
          kind,
          actualText: text(kind === 'insert' ? 'print.tags.inserted' : 'print.tags.deleted', {
            text: wording,
          }),
        });
        const mark = `${language}${PRIVATE}${tag}-${changes.length - 1}`;
        return `<${tag} class="change"${attributes} lang="${mark}">${inner}</${tag}>`;
      },
    );
  return { body: marked, hints: { changes } };
}
