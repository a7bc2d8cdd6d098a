import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content, paragraph, section } from '../core/content/build';
import type { ItemContent, TableJSON } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { contentToPlainText } from '../core/content/walk';
import {
  caretAtEnd,
  caretAtStart,
  CONTENT,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
} from './support/harness';

/**
 * Find and replace, the toolbar and tables by keyboard alone, and the English UI.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

const occurrences = (text: string, word: string) =>
  text.toLowerCase().split(word.toLowerCase()).length - 1;

const activeInfo = () => {
  const el = document.activeElement as HTMLElement | null;
  return {
    name: el?.dataset.name ?? null,
    label: el?.getAttribute('aria-label') ?? null,
    inToolbar: el?.closest('[role="toolbar"]') !== null,
    inEditor: el?.getAttribute('data-testid') === 'item-editor-content',
  };
};

describe('find', () => {
  it('Ctrl+F counts matches, Enter and Shift+Enter move, highlights leave the document alone, Escape selects the match', async () => {
    const doc = stuttgartDocument();
    const original = doc.items[0]!.content;
    const { page, getContent } = await harness.open({
      content: original,
      sections: stuttgartSections(),
      document: doc,
    });
    await page.click(`${CONTENT} section[data-section="beratungsunterlage"] p`);
    await page.keyboard.press('Control+f');
    const bar = page.locator('[role="search"]');
    await bar.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('find');
    const total = occurrences(contentToPlainText(original), 'Stadt');
    expect(total).toBeGreaterThan(3);
    await page.keyboard.type('stadt');
    const count = page.locator('[data-testid="find-count"]');
    expect(await count.innerText()).toBe(`1 von ${total}`);
    await page.keyboard.press('Enter');
    expect(await count.innerText()).toBe(`2 von ${total}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    expect(await count.innerText()).toBe(`2 von ${total}`);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    expect(await count.innerText()).toBe(`${total} von ${total}`);
    // Painted through the Highlight API: every match, one current, no DOM change.
    const painted = await page.evaluate(() => ({
      all: CSS.highlights.get('pk-find-match')?.size ?? 0,
      current: CSS.highlights.get('pk-find-current')?.size ?? 0,
      marks: document.querySelectorAll('[data-testid="item-editor-content"] mark').length,
    }));
    expect(painted).toEqual({ all: total, current: 1, marks: 0 });
    expect(JSON.stringify(await getContent())).toBe(JSON.stringify(await getContent()));
    expect(contentToPlainText(await getContent())).toBe(contentToPlainText(original));
    expect(await page.evaluate(() => window.editorHarness.dirtyCount)).toBe(0);
    // No match: says so.
    await page.fill('input[name="find"]', 'Bürgermeisterwahl');
    expect(await count.innerText()).toBe('Keine Treffer');
    await page.fill('input[name="find"]', 'Stadtverwaltung');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('Stadtverwaltung');
    expect(await page.evaluate(() => CSS.highlights.get('pk-find-match'))).toBeUndefined();
    expect((await page.evaluate(activeInfo)).inEditor).toBe(true);
  });

  it('replace and replace all are one undo step each', async () => {
    const { page, getContent } = await harness.open({
      content: content([
        section('verhandlung', 'Verhandlung', false, [
          paragraph('Der Gemeinderat berät. Der Gemeinderat beschließt.'),
          paragraph('Der Gemeinderat vertagt.'),
        ]),
      ]),
      sections: stuttgartSections(),
    });
    await page.click(`${CONTENT} p`);
    await caretAtStart(page, `${CONTENT} p`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+h');
    await page.keyboard.type('Gemeinderat');
    await page.fill('input[name="replace"]', 'Ausschuss');
    await page.click('input[name="replace"]');
    await page.keyboard.press('Enter');
    expect(contentToPlainText(await getContent())).toBe(
      'Der Ausschuss berät. Der Gemeinderat beschließt.\nDer Gemeinderat vertagt.',
    );
    expect(await page.locator('[data-testid="find-count"]').innerText()).toBe('1 von 2');
    await page.getByRole('button', { name: 'Alle ersetzen' }).click();
    expect(contentToPlainText(await getContent())).toBe(
      'Der Ausschuss berät. Der Ausschuss beschließt.\nDer Ausschuss vertagt.',
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'item-editor-content',
    );
    await page.keyboard.press('Control+z');
    expect(contentToPlainText(await getContent())).toBe(
      'Der Ausschuss berät. Der Gemeinderat beschließt.\nDer Gemeinderat vertagt.',
    );
  });
});

describe('keyboard only', () => {
  it('Alt+F10 reaches the toolbar, arrows move, Escape returns; the toolbar is one tab stop', async () => {
    const { page } = await harness.open({
      content: content([section('verhandlung', 'Verhandlung', false, [paragraph('Text')])]),
      sections: stuttgartSections(),
    });
    await caretAtEnd(page, `${CONTENT} p`);
    await page.focus(CONTENT);
    await page.keyboard.press('Alt+F10');
    let active = await page.evaluate(activeInfo);
    expect(active.inToolbar).toBe(true);
    expect(active.name).toBe('block'); // undo/redo are disabled before the first edit
    await page.keyboard.press('ArrowRight');
    active = await page.evaluate(activeInfo);
    expect(active).toMatchObject({ name: 'bold', label: 'Fett' });
    await page.keyboard.press('End');
    expect((await page.evaluate(activeInfo)).name).toBe('find');
    const tabStops = await page.$$eval(
      '[role="toolbar"] [data-toolbar-item]',
      (els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length,
    );
    expect(tabStops).toBe(1);
    await page.keyboard.press('Escape');
    expect((await page.evaluate(activeInfo)).inEditor).toBe(true);
    // Tab leaves the text (no keyboard trap) outside lists.
    await page.keyboard.press('Tab');
    expect((await page.evaluate(activeInfo)).inEditor).toBe(false);
  });

  it('inserts a 4×2 table with a header row by keyboard and adds a row from the table menu', async () => {
    const { page, getContent } = await harness.open({
      content: content([
        section('beschlussantrag', 'Beschlussantrag:', true, [paragraph('Stellen:')]),
      ]),
      sections: stuttgartSections(),
    });
    await caretAtEnd(page, `${CONTENT} p`);
    await page.focus(CONTENT);
    await page.keyboard.press('Alt+F10');
    for (let i = 0; i < 20 && (await page.evaluate(activeInfo)).name !== 'table'; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tabelle einfügen' });
    await dialog.waitFor();
    await page.keyboard.type('4'); // rows field is focused and selected
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.type('Bereich');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Stellen');
    let result = await getContent();
    expect(findContentIssue(result)).toBeNull();
    const tableOf = (c: ItemContent) =>
      (c.root.children[0] as { children: { type: string }[] }).children.find(
        (b) => b.type === 'table',
      ) as TableJSON;
    let table = tableOf(result);
    expect(table.children).toHaveLength(4);
    const firstRow = table.children[0] as { children: { headerState: number }[] };
    expect(firstRow.children.map((c) => c.headerState)).toEqual([1, 1]);
    expect(contentToPlainText(result)).toContain('Bereich\nStellen');
    // The table menu: keyboard-reachable, adds a row below.
    await page.keyboard.press('Alt+F10');
    for (let i = 0; i < 20 && (await page.evaluate(activeInfo)).name !== 'tableMenu'; i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect((await page.evaluate(activeInfo)).label).toBe('Tabelle bearbeiten');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await page.keyboard.press('ArrowDown'); // "Zeile unterhalb einfügen"
    await page.keyboard.press('Enter');
    result = await getContent();
    table = tableOf(result);
    expect(table.children).toHaveLength(5);
    expect(findContentIssue(result)).toBeNull();
  });

  it('Tab and Shift+Tab nest and un-nest list items', async () => {
    const { page, getContent } = await harness.open({
      content: content([section('beschlussantrag', 'Beschlussantrag:', true, [paragraph()])]),
      sections: stuttgartSections(),
    });
    await page.click(`${CONTENT} p`);
    await page.keyboard.type('1. Erster Punkt');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Unterpunkt');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Zweiter Punkt');
    const list = (await getContent()).root.children[0] as {
      children: { type: string; children: { children: { type: string }[] }[] }[];
    };
    const items = list.children[0]!.children;
    expect(items.map((i) => i.children[0]!.type)).toEqual(['text', 'list', 'text']);
    expect(await page.locator(`${CONTENT} ol ol > li`).innerText()).toBe('Unterpunkt');
  });
});

describe('English', () => {
  it('speaks English when lang is "en"', async () => {
    const { page } = await harness.open({
      content: content([section('verhandlung', 'Verhandlung', false, [paragraph('Text')])]),
      sections: stuttgartSections(),
      lang: 'en',
    });
    expect(await page.getAttribute('button[data-name="bold"]', 'title')).toBe('Bold (Ctrl+B)');
    expect(await page.getAttribute('[role="toolbar"]', 'aria-label')).toBe('Format and insert');
    expect(await page.getAttribute(CONTENT, 'aria-label')).toBe('Text of the agenda item');
    // The text stays German for the spell checker.
    expect(await page.getAttribute(CONTENT, 'lang')).toBe('de');
    await page.click(`${CONTENT} p`);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Text');
    expect(await page.locator('[data-testid="find-count"]').innerText()).toBe('1 of 1');
  });
});
