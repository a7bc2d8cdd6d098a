import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemContent } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { contentToPlainText } from '../core/content/walk';
import {
  caretAtEnd,
  caretAtStart,
  CONTENT,
  pasteData,
  sectionTexts,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
  type EditorPage,
} from './support/harness';

/**
 * The protocol's structure against the keyboard and the clipboard: whatever the clerk selects
 * and deletes, types over or pastes over, the five sections stay, in order, with their
 * titles, each with at least one block; undo brings the text back.
 */

const KEYS = ['beratungsunterlage', 'beschlussantrag', 'verhandlung', 'feststellung', 'beschluss'];
const TITLES = [
  'Beratungsunterlage',
  'Beschlussantrag:',
  'Verhandlung',
  'Feststellung des Vorsitzes',
  'Beschluss',
];

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openStuttgart(): Promise<EditorPage & { original: ItemContent }> {
  const document = stuttgartDocument();
  const original = document.items[0]!.content;
  const opened = await harness.open({ content: original, sections: stuttgartSections(), document });
  return { ...opened, original };
}

/** The structure holds: in the JSON and on the page. */
async function expectStructure(editor: EditorPage): Promise<ItemContent> {
  const result = await editor.getContent();
  expect(findContentIssue(result)).toBeNull();
  expect(result.root.children.map((c) => c.type)).toEqual(Array(5).fill('protocol-section'));
  expect(result.root.children.map((c) => (c as { section: string }).section)).toEqual(KEYS);
  expect(result.root.children.map((c) => (c as { title: string }).title)).toEqual(TITLES);
  for (const s of result.root.children) {
    expect((s as { children: unknown[] }).children.length).toBeGreaterThan(0);
  }
  const onPage = await editor.page.$$eval(`${CONTENT} > section`, (els) =>
    els.map((el) => [
      (el as HTMLElement).dataset.section,
      getComputedStyle(el, '::before').content,
    ]),
  );
  expect(onPage).toEqual(KEYS.map((k, i) => [k, `"${TITLES[i]}"`]));
  return result;
}

const plain = (c: ItemContent) => contentToPlainText(c);

/** Selects from `fromText` (offset in the first text node containing it) to `toText`. */
async function selectAcross(
  page: Page,
  from: [string, number],
  to: [string, number],
): Promise<void> {
  await page.evaluate(
    ({ sel, from, to }) => {
      const find = (needle: string): Text => {
        const walker = document.createTreeWalker(
          document.querySelector(sel)!,
          NodeFilter.SHOW_TEXT,
        );
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.textContent!.includes(needle)) return n as Text;
        }
        throw new Error(`no text ${needle}`);
      };
      const a = find(from[0]);
      const b = find(to[0]);
      const focus = document.querySelector(sel) as HTMLElement;
      focus.focus();
      window
        .getSelection()!
        .setBaseAndExtent(
          a,
          a.textContent!.indexOf(from[0]) + from[1],
          b,
          b.textContent!.indexOf(to[0]) + to[1],
        );
    },
    { sel: CONTENT, from, to },
  );
  await page.waitForTimeout(80);
}

async function undoAll(page: Page, original: ItemContent, editor: EditorPage): Promise<void> {
  for (let i = 0; i < 4; i++) {
    if (JSON.stringify(await editor.getContent()).length === JSON.stringify(original).length) {
      if (plain(await editor.getContent()) === plain(original)) return;
    }
    await page.keyboard.press('Control+z');
  }
}

describe('sections survive', () => {
  it('select all + Delete empties every section but keeps all five; undo restores the text', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await page.click(`${CONTENT} section[data-section="verhandlung"] p`);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    const result = await expectStructure(editor);
    expect(plain(result).trim()).toBe('Beschlussantrag:');
    expect(await page.locator(`${CONTENT} .pk-section--empty`).count()).toBe(5);
    await undoAll(page, original, editor);
    expect(plain(await editor.getContent())).toBe(plain(original));
    await expectStructure(editor);
  });

  it('select all + typing puts the text into the first section', async () => {
    const editor = await openStuttgart();
    const { page } = editor;
    await page.click(`${CONTENT} section[data-section="beratungsunterlage"] p`);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Neu');
    await expectStructure(editor);
    const texts = await sectionTexts(page);
    expect(texts[0]).toEqual(['beratungsunterlage', expect.stringContaining('Neu')]);
    expect(texts.slice(1).map(([, t]) => t)).toEqual(['', '', '', '']);
  });

  it('a selection across two sections + typing removes the text but not the border', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await selectAcross(page, ['mit folgendem', 4], ['Dem Maßnahmenpaket', 4]);
    await page.keyboard.type('X');
    const result = await expectStructure(editor);
    const texts = await sectionTexts(page);
    expect(texts[0]![1]).toMatch(/GRDrs 288\/2018, mit X$/);
    expect(texts[1]![1]).toMatch(/^Maßnahmenpaket zur Umsetzung/);
    expect(plain(result)).toContain('Die zusätzlichen Maßnahmen');
    await undoAll(page, original, editor);
    expect(plain(await editor.getContent())).toBe(plain(original));
  });

  it('Backspace at the start of a section and Delete at its end do nothing', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await caretAtStart(page, `${CONTENT} section[data-section="verhandlung"] p`);
    await page.waitForTimeout(50);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await caretAtEnd(page, `${CONTENT} section[data-section="beratungsunterlage"] p`);
    await page.waitForTimeout(50);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
    await caretAtStart(page, `${CONTENT} section[data-section="beschluss"]`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Backspace');
    await expectStructure(editor);
    expect(plain(await editor.getContent())).toBe(plain(original));
    // Word-wise deletion stops there too.
    await caretAtStart(page, `${CONTENT} section[data-section="feststellung"] p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+Backspace');
    expect(plain(await editor.getContent())).toBe(plain(original));
  });

  it('Backspace at the start of a list turns the item into a paragraph, inside the section', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await caretAtStart(page, `${CONTENT} section[data-section="beschlussantrag"] li`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    const result = await expectStructure(editor);
    expect(plain(result)).toContain(plain(original).split('\n')[0]!);
    const texts = await sectionTexts(page);
    expect(texts[1]![1]).toContain('Dem Maßnahmenpaket');
  });

  it('paste over a selection across sections keeps the sections; undo restores', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await selectAcross(page, ['Die Vorlageninhalte', 0], ['Abschließend stellt', 0]);
    await pasteData(page, {
      'text/html': '<p>Eingefügt <b>fett</b></p><p>Zweiter Absatz</p>',
      'text/plain': 'Eingefügt fett\nZweiter Absatz',
    });
    const result = await expectStructure(editor);
    const texts = await sectionTexts(page);
    expect(texts[2]![1]).toMatch(/^Eingefügt fett\s+Zweiter Absatz/);
    expect(texts[3]![1]).toMatch(/^Abschließend stellt/);
    expect(JSON.stringify(result.root.children[4])).toContain('"type":"vote"');
    await undoAll(page, original, editor);
    expect(plain(await editor.getContent())).toBe(plain(original));
  });

  it('cut across sections copies and leaves the sections', async () => {
    const editor = await openStuttgart();
    const { page } = editor;
    await selectAcross(page, ['Hauptaktei beigefügt', 0], ['Die Vorlageninhalte', 4]);
    await page.keyboard.press('Control+x');
    await page.waitForTimeout(150);
    await expectStructure(editor);
    const texts = await sectionTexts(page);
    expect(texts[1]![1]).toMatch(/Protokollexemplar für die$/);
    expect(texts[2]![1]).toMatch(/^Vorlageninhalte werden von/);
  });

  it('Enter at a section’s end adds a paragraph in that section; arrows cross into the next', async () => {
    const editor = await openStuttgart();
    const { page } = editor;
    await caretAtEnd(page, `${CONTENT} section[data-section="beratungsunterlage"] p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ergänzung');
    let result = await expectStructure(editor);
    const first = result.root.children[0] as { children: unknown[] };
    expect(first.children).toHaveLength(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('Z');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('!');
    await caretAtEnd(page, `${CONTENT} section[data-section="beschlussantrag"] > p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('V');
    result = await expectStructure(editor);
    const texts = await sectionTexts(page);
    expect(texts[0]![1]).toMatch(/Ergänzung!$/);
    expect(texts[1]![1]).toMatch(/^ZDem Maßnahmenpaket/);
    expect(texts[2]![1]).toMatch(/^VDie Vorlageninhalte/);
  });

  it('the vote result is reached by arrow, deleted as a whole and restored by undo; its section stays', async () => {
    const editor = await openStuttgart();
    const { page, original } = editor;
    await caretAtEnd(page, `${CONTENT} section[data-section="feststellung"] p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    let result = await expectStructure(editor);
    expect(JSON.stringify(result)).not.toContain('"type":"vote"');
    expect(
      (result.root.children[4] as { children: { type: string }[] }).children.map((c) => c.type),
    ).toEqual(['paragraph']);
    await page.keyboard.type('Vertagt.');
    result = await expectStructure(editor);
    expect((await sectionTexts(page))[4]![1]).toBe('Vertagt.');
    await undoAll(page, original, editor);
    result = await expectStructure(editor);
    expect(JSON.stringify(result.root.children[4])).toContain('"type":"vote"');
  });

  it('list, heading and format commands over all sections change blocks, never the sections', async () => {
    const editor = await openStuttgart();
    const { page } = editor;
    await page.click(`${CONTENT} section[data-section="verhandlung"] p`);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+Shift+8');
    await expectStructure(editor);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+Alt+3');
    await expectStructure(editor);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+b');
    const result = await expectStructure(editor);
    expect(plain(result)).toContain('Die Vorlageninhalte werden von');
  });
});
