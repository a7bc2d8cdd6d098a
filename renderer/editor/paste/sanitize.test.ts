import { describe, expect, it } from 'vitest';
import { contentToPlainText, walkContent } from '../../../core/content/walk';
import { content } from '../../../core/content/build';
import type {
  ContentNode,
  ItemContent,
  ListJSON,
  TableJSON,
  TextJSON,
} from '../../../core/content/nodes';
import { TEXT_FORMAT } from '../../../core/content/nodes';
import { findContentIssue } from '../../../core/content/validate';
import { isInlinePaste, sanitizeHtml } from './sanitize';
import hostileHtml from './fixtures/hostile.html?raw';
import libreOfficeHtml from './fixtures/libreoffice-verhandlung.html?raw';
import wordHtml from './fixtures/word-beschlussantrag.html?raw';
import { parseForTest } from './testing';

const FIXTURES: Record<string, string> = {
  'word-beschlussantrag.html': wordHtml,
  'libreoffice-verhandlung.html': libreOfficeHtml,
  'hostile.html': hostileHtml,
};
const fixture = (name: string): string => FIXTURES[name]!;

function paste(html: string): {
  blocks: ContentNode[];
  doc: ItemContent;
  text: string;
  json: string;
} {
  const blocks = sanitizeHtml(parseForTest(html));
  const doc = content(blocks);
  return { blocks, doc, text: contentToPlainText(doc), json: JSON.stringify(blocks) };
}

function texts(doc: ItemContent): TextJSON[] {
  return [...walkContent(doc)].filter((n): n is TextJSON => n.type === 'text');
}

function formatOf(doc: ItemContent, word: string): number {
  const node = texts(doc).find((t) => t.text.includes(word));
  if (!node) throw new Error(`no text with ${word}`);
  return node.format ?? 0;
}

/** Only the node types and keys core writes; no style, class, URL or handler anywhere. */
function expectClean(doc: ItemContent, json: string): void {
  expect(findContentIssue(doc)).toBeNull();
  for (const node of walkContent(doc)) {
    if (node.type === 'text') expect((node as TextJSON).style).toBe('');
  }
  expect(json).not.toMatch(
    /javascript:|data:|https?:|file:|on(error|load|click|mouseover)|font-family|mso-|class=/i,
  );
}

describe('paste from Word', () => {
  const { blocks, doc, text, json } = paste(fixture('word-beschlussantrag.html'));

  it('keeps the paragraphs and drops the empty ones and Word’s markup', () => {
    expectClean(doc, json);
    expect(blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(text.split('\n')[0]).toBe(
      'Beratungsunterlage ist die Vorlage des Referats Allgemeine Verwaltung, Kultur und Recht vom 29.05.2018, GRDrs\u00a0288/2018, mit folgendem',
    );
    expect(text).toContain('Beschlussantrag:');
    expect(text).not.toContain('Normal');
    expect(text).not.toMatch(/^\s*$/m);
  });

  it('turns Word’s mso-list paragraphs into a real numbered list without the typed markers', () => {
    const list = blocks.find((b): b is ListJSON => b.type === 'list' && b.listType === 'number');
    expect(list).toBeDefined();
    expect(list!.start).toBe(1);
    expect(list!.children).toHaveLength(3);
    const first = contentToPlainText(content([list!]));
    expect(first.split('\n')[0]).toBe(
      'Dem Maßnahmenpaket zur Umsetzung der Sondermittel (€ 4 Mio. Plan) für die Digitalisierung wird zugestimmt.',
    );
    expect(first).not.toMatch(/^\d\./m);
    expect(formatOf(doc, 'zugestimmt')).toBe(TEXT_FORMAT.italic);
    expect(formatOf(doc, 'erforderlich')).toBe(TEXT_FORMAT.bold);
  });

  it('nests a level-2 bullet and reads Symbol/Courier markers as bullets', () => {
    const bullets = blocks.find((b): b is ListJSON => b.type === 'list' && b.listType === 'bullet');
    expect(bullets).toBeDefined();
    expect(bullets!.children).toHaveLength(3);
    const nested = (bullets!.children[1] as { children: ContentNode[] }).children[0] as ListJSON;
    expect(nested.type).toBe('list');
    expect(contentToPlainText(content([nested]))).toBe('online-Terminvereinbarung in Bürgerbüros');
    expect(text).not.toContain('·');
  });

  it('keeps the staff table with its cells and emphasis', () => {
    const table = blocks.find((b): b is TableJSON => b.type === 'table');
    expect(table).toBeDefined();
    expect(table!.children).toHaveLength(3);
    expect(table!.children.map((r) => (r as { children: unknown[] }).children.length)).toEqual([
      2, 2, 2,
    ]);
    const tableText = contentToPlainText(content([table!]));
    expect(tableText.split('\n')).toEqual([
      'Bereich',
      'Stellen',
      'IT-Sicherheit',
      '2,0',
      'E-Government',
      '1,5',
    ]);
    expect(formatOf(doc, 'Bereich')).toBe(TEXT_FORMAT.bold);
  });

  it('drops hidden text, white text, comment anchors and images; links become plain text', () => {
    expect(text).not.toContain('Interner Vermerk');
    expect(text).not.toContain('SEO-Schlüsselwörter');
    expect(text).not.toContain('versteckt');
    expect(text).not.toContain('[MH1]');
    expect(text).toContain('Näheres unter diesem Link und stuttgart.de.');
  });

  it('keeps underline, sub-, superscript and strikethrough', () => {
    expect(formatOf(doc, 'einmütig')).toBe(TEXT_FORMAT.underline);
    const sub = texts(doc).find((t) => t.text === '2' && t.format === TEXT_FORMAT.subscript);
    const sup = texts(doc).find((t) => t.text === '2' && t.format === TEXT_FORMAT.superscript);
    expect(sub).toBeDefined();
    expect(sup).toBeDefined();
    expect(formatOf(doc, 'durchgestrichen')).toBe(TEXT_FORMAT.strikethrough);
    expect(text).toContain('sind durchgestrichen Ende.');
  });
});

describe('paste from LibreOffice', () => {
  const { blocks, doc, text, json } = paste(fixture('libreoffice-verhandlung.html'));

  it('keeps headings, paragraphs and emphasis, and drops <font> and styles', () => {
    expectClean(doc, json);
    expect(blocks[0]).toMatchObject({ type: 'heading', tag: 'h3' });
    expect(text.split('\n')[1]).toBe(
      'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD) bedanken sich für die Vorlage.',
    );
    expect(formatOf(doc, 'Vorlage')).toBe(TEXT_FORMAT.bold);
    expect(formatOf(doc, 'wichtig')).toBe(TEXT_FORMAT.italic);
  });

  it('drops white <font> text and display:none spans', () => {
    expect(text).not.toContain('unsichtbarer');
    expect(text).not.toContain('ausgeblendeter');
    expect(text).toContain('dass Verbesserungen auch bei der Bürgerschaft ankommen.');
  });

  it('keeps the numbered list with a nested bullet list in Lexical’s shape', () => {
    const list = blocks.find((b): b is ListJSON => b.type === 'list')!;
    expect(list.listType).toBe('number');
    // Lexical nests a sub-list in a list item of its own, after its parent item.
    expect(list.children.map((c) => (c as { children: ContentNode[] }).children[0]?.type)).toEqual([
      'text',
      'text',
      'list',
      'text',
    ]);
    expect(formatOf(doc, 'IT-Rechtskonformität')).toBe(TEXT_FORMAT.underline);
    expect(formatOf(doc, '(entfällt)')).toBe(TEXT_FORMAT.strikethrough);
  });

  it('keeps the table with its header row', () => {
    const table = blocks.find((b): b is TableJSON => b.type === 'table')!;
    const header = table.children[0] as { children: { headerState: number }[] };
    expect(header.children.map((c) => c.headerState)).toEqual([1, 1]);
    expect(formatOf(doc, '€')).toBe(TEXT_FORMAT.superscript);
    expect(text).toContain('Abschließend stellt BM Dr. Mayer fest:');
  });
});

describe('hostile HTML', () => {
  const { doc, text, json } = paste(fixture('hostile.html'));

  it('keeps only text: no script, handler, URL, form or embedded content', () => {
    expectClean(doc, json);
    expect(text).toContain('Erster Absatz mit Daten-Link.');
    for (const gone of [
      'svg-text',
      'math-text',
      'eingabe',
      'Knopf',
      'vorlage',
      'noscript-text',
      'Zweiter Absatz',
      'versteckt',
      'weiss-auf-weiss',
      'alert',
    ]) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('weiss-auf-blau');
    expect(text).toContain('Zusammenfassung');
    expect(text).toContain('verschachtelt');
  });

  it('flattens a nested table and clamps a wild colspan', () => {
    const table = JSON.parse(json).find((b: ContentNode) => b.type === 'table') as TableJSON;
    const cells = (
      table.children[0] as { children: { colSpan: number; children: ContentNode[] }[] }
    ).children;
    expect(cells[0]!.children[0]!.type).toBe('paragraph');
    expect(cells[1]!.colSpan).toBeLessThanOrEqual(64);
  });
});

describe('limits', () => {
  it('handles 1 MB of Word HTML quickly', () => {
    const paragraph =
      '<p class=MsoNormal><span style=\'font-family:"Arial",sans-serif;mso-fareast-font-family:"Times New Roman"\'>Die Vorlageninhalte werden von BM Dr. Mayer dargestellt. Insbesondere betont er, die vorgeschlagenen <b>Maßnahmen</b> reagierten auf die kurzfristig gesehenen Aufgabenstellungen.<o:p></o:p></span></p>\n';
    const html = `<html><body>${paragraph.repeat(Math.ceil(1_048_576 / paragraph.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(1_048_576);
    const start = performance.now();
    const { blocks, doc } = paste(html);
    const ms = performance.now() - start;
    expect(blocks.length).toBeGreaterThan(3000);
    expect(findContentIssue(doc)).toBeNull();
    // A guard against a quadratic blow-up, not a speed goal: generous for a loaded machine.
    expect(ms).toBeLessThan(10_000);
  });

  it('survives nesting deeper than any document (no stack overflow, words kept)', () => {
    const depth = 20_000;
    const html = `${'<span><b>'.repeat(depth)}tief${'</b></span>'.repeat(depth)}`;
    const { text, doc } = paste(html);
    expect(text).toBe('tief');
    expect(findContentIssue(doc)).toBeNull();
  });

  it('an empty or all-hidden paste gives nothing; one plain line is an inline paste', () => {
    expect(paste('<p style="display:none">x</p><p>&nbsp;</p>').blocks).toEqual([]);
    expect(isInlinePaste(paste('<b>Ja 6</b>, Nein 1').blocks)).toBe(true);
    expect(isInlinePaste(paste('<p>a</p><p>b</p>').blocks)).toBe(false);
  });
});
