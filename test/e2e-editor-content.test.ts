import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content, paragraph, section } from '../core/content/build';
import type { ContentNode, ItemContent, ListJSON } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { buildPrintDocument, printDocumentText } from '../core/export/print-model';
import type { ProtocolDocument } from '../core/model/schema';
import {
  caretAtEnd,
  CONTENT,
  emptyStuttgartItem,
  sectionTexts,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
} from './support/harness';
import { seedText, squash } from './support/seed';

/**
 * The item editor in Chromium: loading the reference item, writing in it, formats, undo and
 * the content handed back to the core.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** JSON without key order or undefined values, for comparing states. */
const normal = (value: unknown): unknown => JSON.parse(JSON.stringify(value, sortKeys));
function sortKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}

function printedBody(document: ProtocolDocument, itemContent: ItemContent): string {
  const doc = structuredClone(document);
  doc.items[0]!.content = itemContent;
  const all = printDocumentText(buildPrintDocument(doc)).join('\n');
  return all.slice(all.indexOf('Beratungsunterlage ist'));
}

function sectionOf(c: ItemContent, key: string): ContentNode & { children: ContentNode[] } {
  const found = c.root.children.find((n) => (n as { section?: string }).section === key);
  if (!found) throw new Error(`no section ${key}`);
  return found as ContentNode & { children: ContentNode[] };
}

describe('the Stuttgart item in the editor', () => {
  it('shows the five sections with their titles and the Beschlussantrag as a numbered list', async () => {
    const doc = stuttgartDocument();
    const { page, errors } = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
    });
    const sections = await page.$$eval(`${CONTENT} > section.pk-section`, (els) =>
      els.map((el) => ({
        key: (el as HTMLElement).dataset.section,
        title: getComputedStyle(el, '::before').content,
        printed: (el as HTMLElement).dataset.printTitle !== undefined,
      })),
    );
    expect(sections.map((s) => s.key)).toEqual([
      'beratungsunterlage',
      'beschlussantrag',
      'verhandlung',
      'feststellung',
      'beschluss',
    ]);
    expect(sections[1]).toEqual({
      key: 'beschlussantrag',
      title: '"Beschlussantrag:"',
      printed: true,
    });
    expect(sections[0]!.title).toBe('"Beratungsunterlage"');
    const items = await page.$$eval(
      `${CONTENT} section[data-section="beschlussantrag"] > ol > li`,
      (els) => els.map((el) => (el as HTMLElement).innerText.trim()),
    );
    expect(items).toHaveLength(3);
    expect(items[0]).toBe(
      'Dem Maßnahmenpaket zur Umsetzung der Sondermittel (€ 4 Mio. Plan) für die Digitalisierung wird zugestimmt.',
    );
    // Speakers and the vote are named from the roster, as print names them.
    const text = await page.innerText(CONTENT);
    expect(text).toContain(
      'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD)',
    );
    expect(text).toContain('Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.');
    // The editable root is spell-checked German with a name.
    const attrs = await page.$eval(CONTENT, (el) => ({
      spellcheck: el.getAttribute('spellcheck'),
      lang: el.getAttribute('lang'),
      label: el.getAttribute('aria-label'),
      editable: el.getAttribute('contenteditable'),
    }));
    expect(attrs).toEqual({
      spellcheck: 'true',
      lang: 'de',
      label: 'Text des Tagesordnungspunkts',
      editable: 'true',
    });
    const font = await page.$eval(CONTENT, (el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^"?Arimo/);
    expect(await page.evaluate(() => document.fonts.check('11pt Arimo'))).toBe(true);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('hands back the same content: valid for the core, printed word for word as the seed', async () => {
    const document = stuttgartDocument();
    const original = document.items[0]!.content;
    const { getContent } = await harness.open({ content: original, sections: stuttgartSections() });
    const result = await getContent();
    expect(findContentIssue(result)).toBeNull();
    expect(normal(result)).toEqual(normal(original));
    const seed = seedText();
    expect(squash(printedBody(document, result))).toBe(
      squash(seed.slice(seed.indexOf('Beratungsunterlage ist'))),
    );
  });
});

describe('what the clerk sees', () => {
  it('is the printed text: speakers named in full at first mention, the vote as its sentence', async () => {
    const doc = stuttgartDocument();
    const { page } = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
    });
    const onPage = await page.innerText(CONTENT);
    const seed = seedText();
    // Titles and list numbers are drawn by CSS (not text of the page); the rest is word for word.
    const body = seed
      .slice(seed.indexOf('Beratungsunterlage ist'))
      .replace('Beschlussantrag:', '')
      .replace(/^\s*\d\. /gm, '');
    expect(squash(onPage)).toBe(squash(body));
    const verhandlung = await page.innerText(`${CONTENT} section[data-section="verhandlung"]`);
    // First named in the plural with the group, then without it, as in the reference.
    expect(verhandlung).toContain('Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD) bedanken');
    expect(verhandlung).toContain('Für StRin Deparnay-Grunenberg ist wichtig');
    expect(verhandlung).toContain('Die Vorlage, so StR Perc, zeige');
  });
});

describe('writing', () => {
  it('turns "1. " into a real numbered list; Enter continues it, Enter on an empty item leaves it', async () => {
    const start = content([
      section('beratungsunterlage', 'Beratungsunterlage', false, [paragraph('Vorlage')]),
      section('beschlussantrag', 'Beschlussantrag:', true, [paragraph()]),
      section('verhandlung', 'Verhandlung', false, [paragraph('Aussprache')]),
    ]);
    const { page, getContent } = await harness.open({
      content: start,
      sections: stuttgartSections(),
    });
    await page.click(`${CONTENT} section[data-section="beschlussantrag"] p`);
    const points = [
      'Dem Maßnahmenpaket zur Umsetzung der Sondermittel (€ 4 Mio. Plan) für die Digitalisierung wird zugestimmt.',
      'Die zusätzlichen Maßnahmen werden in die IuK-Maßnahmenpläne 2018 und 2019 aufgenommen.',
      'Für die Umsetzung der in Punkt 2 dargestellten Maßnahmen sind folgende zusätzliche Personalkapazitäten erforderlich:',
    ];
    await page.keyboard.type(`1. ${points[0]}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(points[1]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(points[2]!);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Die Beratungsunterlage ist dem Originalprotokoll beigefügt.');

    const result = await getContent();
    expect(findContentIssue(result)).toBeNull();
    const antrag = sectionOf(result, 'beschlussantrag');
    expect(antrag.children.map((c) => c.type)).toEqual(['list', 'paragraph']);
    const list = antrag.children[0] as ListJSON;
    expect(list.listType).toBe('number');
    expect(list.start).toBe(1);
    expect(
      list.children.map((li) =>
        (li as { children: { text?: string }[] }).children.map((t) => t.text).join(''),
      ),
    ).toEqual(points);
    expect(result.root.children).toHaveLength(3);
    const document = stuttgartDocument();
    const printed = printDocumentText(
      buildPrintDocument({ ...document, items: [{ ...document.items[0]!, content: result }] }),
    );
    expect(printed).toContain(`1. ${points[0]}`);
    expect(printed).toContain(`3. ${points[2]}`);
    expect(printed).toContain('Beschlussantrag:');
  });

  it('toggles bold and italic by shortcut and toolbar, with pressed states', async () => {
    const { page, getContent } = await harness.open({
      content: content([section('verhandlung', 'Verhandlung', false, [paragraph()])]),
      sections: stuttgartSections(),
    });
    await page.click(`${CONTENT} p`);
    await page.keyboard.type('Der Ausschuss stimmt ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('einmütig');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' zu.');
    const bold = page.locator('button[data-name="bold"]');
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    expect(await bold.getAttribute('title')).toBe('Fett (Strg+B)');
    // Select "stimmt" and make it italic with the toolbar.
    await page.evaluate((sel) => {
      const text = document.querySelector(`${sel} p span`)!.firstChild!;
      const start = text.textContent!.indexOf('stimmt');
      window.getSelection()!.setBaseAndExtent(text, start, text, start + 'stimmt'.length);
    }, CONTENT);
    await page.waitForTimeout(50);
    await page.click('button[data-name="italic"]');
    expect(await page.locator('button[data-name="italic"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    const runs = (
      sectionOf(await getContent(), 'verhandlung').children[0] as {
        children: { text: string; format: number }[];
      }
    ).children.map((t) => [t.text, t.format]);
    expect(runs).toEqual([
      ['Der Ausschuss ', 0],
      ['stimmt', 2],
      [' ', 0],
      ['einmütig', 1],
      [' zu.', 0],
    ]);
    // Ctrl+B on a bold word takes the bold away again.
    await page.evaluate((sel) => {
      const strong = document.querySelector(`${sel} strong`)!.firstChild!;
      window.getSelection()!.setBaseAndExtent(strong, 0, strong, strong.textContent!.length);
    }, CONTENT);
    await page.waitForTimeout(50);
    expect(await bold.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+b');
    const after = (
      sectionOf(await getContent(), 'verhandlung').children[0] as {
        children: { format: number }[];
      }
    ).children;
    expect(after.every((t) => (t.format & 1) === 0)).toBe(true);
  });

  it('undoes and redoes with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async () => {
    const { page } = await harness.open({
      content: content([section('verhandlung', 'Verhandlung', false, [paragraph('Anfang')])]),
      sections: stuttgartSections(),
    });
    await caretAtEnd(page, `${CONTENT} p`);
    await page.keyboard.type(' und Ende');
    await page.waitForTimeout(1100); // history merges fast typing into one step
    await page.keyboard.press('Enter');
    await page.keyboard.type('Zweiter Absatz');
    const text = () => page.innerText(`${CONTENT} section`);
    expect(await text()).toMatch(/Anfang und Ende\n+Zweiter Absatz/);
    await page.keyboard.press('Control+z');
    expect(await text()).not.toContain('Zweiter Absatz');
    expect(await text()).toContain('Anfang und Ende');
    // The paragraph break is a step of its own: at most two more undos reach the start.
    for (let i = 0; i < 3 && !/Anfang$/.test((await text()).trim()); i++) {
      await page.keyboard.press('Control+z');
    }
    expect((await text()).trim()).toBe('Anfang');
    await page.keyboard.press('Control+y');
    expect(await text()).toContain('Anfang und Ende');
    for (let i = 0; i < 3 && !(await text()).includes('Zweiter Absatz'); i++) {
      await page.keyboard.press('Control+Shift+z');
    }
    expect(await text()).toMatch(/Anfang und Ende\n+Zweiter Absatz/);
    expect(await page.locator('button[data-name="undo"]').isEnabled()).toBe(true);
  });

  it('reports the first edit once, delivers the content after a pause, and shows placeholders only in empty sections', async () => {
    const { page, getContent } = await harness.open({
      content: emptyStuttgartItem(),
      sections: stuttgartSections(),
      changeDelayMs: 200,
    });
    expect(await page.locator(`${CONTENT} .pk-section--empty`).count()).toBe(5);
    const placeholder = await page.$eval(
      `${CONTENT} section[data-section="verhandlung"] > p`,
      (el) => getComputedStyle(el, '::before').content,
    );
    expect(placeholder).toBe('"Die Aussprache in indirekter Rede; Redner mit @ einfügen"');
    expect(await page.evaluate(() => window.editorHarness.dirtyCount)).toBe(0);
    await page.click(`${CONTENT} section[data-section="verhandlung"] p`);
    await page.keyboard.type('Die Vorlage wird erläutert.');
    expect(await page.evaluate(() => window.editorHarness.dirtyCount)).toBe(1);
    expect(await page.locator(`${CONTENT} .pk-section--empty`).count()).toBe(4);
    await page.waitForFunction(() => window.editorHarness.changes.length > 0);
    const delivered = await page.evaluate(() => window.editorHarness.changes.at(-1)!);
    expect(JSON.stringify(delivered)).toContain('Die Vorlage wird erläutert.');
    // The placeholder is never part of the content.
    expect(JSON.stringify(await getContent())).not.toContain('indirekter Rede');
    await page.keyboard.type(' Weiter.');
    expect(await page.evaluate(() => window.editorHarness.dirtyCount)).toBe(2);
    expect(await sectionTexts(page)).toContainEqual([
      'verhandlung',
      'Die Vorlage wird erläutert. Weiter.',
    ]);
  });

  it('sets headings from the style box and by shortcut; strike, sub- and superscript by shortcut', async () => {
    const { page, getContent } = await harness.open({
      content: content([
        section('verhandlung', 'Verhandlung', false, [
          paragraph('Zwischentitel'),
          paragraph('Zitat'),
        ]),
      ]),
      sections: stuttgartSections(),
    });
    await caretAtEnd(page, `${CONTENT} p`);
    await page.waitForTimeout(50);
    await page.selectOption('select[data-name="block"]', 'h3');
    await caretAtEnd(page, `${CONTENT} p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+Alt+4');
    await page.keyboard.press('Enter');
    await page.keyboard.type('m');
    await page.keyboard.press('Control+.');
    await page.keyboard.type('2');
    await page.keyboard.press('Control+.');
    await page.keyboard.type(' H');
    await page.keyboard.press('Control+,');
    await page.keyboard.type('2');
    await page.keyboard.press('Control+,');
    await page.keyboard.type('O ');
    await page.keyboard.press('Control+Shift+x');
    await page.keyboard.type('alt');
    const blocks = sectionOf(await getContent(), 'verhandlung').children as {
      type: string;
      tag?: string;
      children: { text: string; format: number }[];
    }[];
    expect(blocks.map((b) => [b.type, b.tag])).toEqual([
      ['heading', 'h3'],
      ['heading', 'h4'],
      ['paragraph', undefined],
    ]);
    expect(blocks[2]!.children.map((t) => [t.text, t.format])).toEqual([
      ['m', 0],
      ['2', 64],
      [' H', 0],
      ['2', 32],
      ['O ', 0],
      ['alt', 4],
    ]);
    expect(
      await page.$eval('select[data-name="block"]', (el) => (el as HTMLSelectElement).value),
    ).toBe('paragraph');
    expect(await page.locator(`${CONTENT} h3`).innerText()).toBe('Zwischentitel');
  });

  it('read-only: the text cannot be changed and the toolbar is off, find still works', async () => {
    const doc = stuttgartDocument();
    const original = doc.items[0]!.content;
    const { page, getContent } = await harness.open({
      content: original,
      sections: stuttgartSections(),
      readOnly: true,
    });
    expect(await page.getAttribute(CONTENT, 'contenteditable')).toBe('false');
    expect(await page.locator('button[data-name="bold"]').isDisabled()).toBe(true);
    await page.click(`${CONTENT} p`);
    await page.keyboard.type('xyz');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    expect(normal(await getContent())).toEqual(normal(original));
    expect(await page.locator('button[data-name="find"]').isEnabled()).toBe(true);
  });
});
