import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeJSONBase } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { walkContent } from '../core/content/walk';
import { SNIPPET_FORMAT_ID } from '../core/snippets/model';
import { STARTER_SNIPPETS } from '../core/snippets/starter';
import {
  caretAtEnd,
  caretAtStart,
  CONTENT,
  emptyStuttgartItem,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
} from './support/harness';

/**
 * Text snippets in Chromium: the slash menu (filtering, inserting with the document's values,
 * {Vorsitz} as a speaker node) and the snippet dialog (add, edit, validate, save, export,
 * import) over the page's in-memory host, which answers as host/services/snippets.ts does.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

const VERHANDLUNG = `${CONTENT} section[data-section="verhandlung"]`;
const MENU = '[data-testid="slash-menu"]';
const DIALOG = '[data-testid="snippet-dialog"]';

async function open(extra: Record<string, unknown> = {}) {
  const doc = stuttgartDocument();
  const editor = await harness.open({
    content: emptyStuttgartItem(),
    sections: stuttgartSections(),
    document: doc,
    snippets: true,
    ...extra,
  });
  await caretAtEnd(editor.page, `${VERHANDLUNG} p`);
  return editor;
}

/** "Text " and the snippet "/unterlage", its first gap selected. */
async function insertUnterlage(page: Page): Promise<void> {
  await page.keyboard.type('Text /unterlage');
  await page.waitForSelector(MENU);
  await page.keyboard.press('Enter');
  await page.waitForSelector(MENU, { state: 'detached' });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('…');
}

describe('the slash menu', () => {
  it('"/" lists snippets and commands; typing filters; Enter inserts {Vorsitz} as a mention', async () => {
    const editor = await open();
    const { page } = editor;
    await page.keyboard.type('/');
    await page.waitForSelector(MENU);
    const all = await page.locator(`${MENU} [role="option"]`).count();
    // Twelve starter snippets, then vote, table, two lists, heading and "manage".
    expect(all).toBe(18);
    await page.keyboard.type('fest');
    await page.waitForFunction(
      (m) => document.querySelectorAll(`${m} [role="option"]`).length === 1,
      MENU,
    );
    // The entry shows what the snippet makes of this document.
    expect(await page.locator(`${MENU} [role="option"]`).innerText()).toContain(
      'Abschließend stellt BM Dr. Mayer fest:',
    );
    await page.screenshot({ path: '/tmp/editor-slash-menu.png' });
    await page.keyboard.press('Enter');
    await page.waitForSelector(MENU, { state: 'detached' });
    expect((await page.locator(VERHANDLUNG).innerText()).trim()).toBe(
      'Abschließend stellt BM Dr. Mayer fest:',
    );
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    const speakers = [...walkContent(content)].filter((n: NodeJSONBase) => n.type === 'speaker');
    expect(speakers).toEqual([{ type: 'speaker', version: 1, personIds: ['p-mayer'] }]);
  });

  it('fills {Drucksache} and {Gremium} from the item and the body; typing fast before Enter works', async () => {
    const editor = await open();
    const { page } = editor;
    await page.keyboard.type('Text /unterlage');
    // The menu's list may still show an older filter when Enter comes: it must pick the
    // snippet the typed text names. (Waiting for the menu itself only keeps a loaded machine
    // from sending Enter before the menu exists at all.)
    await page.waitForSelector(MENU);
    await page.keyboard.press('Enter');
    await page.waitForSelector(MENU, { state: 'detached' });
    await expect
      .poll(async () => (await page.locator(VERHANDLUNG).innerText()).trim())
      .toBe(
        'Text Beratungsunterlage ist die Vorlage des Referats … vom …, GRDrs 288/2018, mit folgendem',
      );
    // The snippet's first gap is selected, ready to be typed over (issue 19); End leaves it.
    // The selection follows the editor's update, so wait for it rather than read it at once.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('…');
    // End goes to the end of the line on screen (where the text wraps depends on the fonts);
    // Enter right after it acts there, even before the browser told the editor of the move.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/einm');
    await page.waitForSelector(MENU);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator(VERHANDLUNG).innerText())
      .toContain('Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.');
    const text = await page.locator(VERHANDLUNG).innerText();
    // Both gaps are still there: the Enter after End did not replace the selected one.
    expect(text.match(/…/g)).toHaveLength(2);
    expect(text).toContain('Text Beratungsunterlage ist die Vorlage des Referats …');
    expect(text).not.toContain('/einm');
  });

  it('a key right after the caret moved acts at the new caret, before the browser reported the move', async () => {
    const editor = await open();
    const { page } = editor;
    await insertUnterlage(page);
    // The caret goes to the end of the paragraph and Enter follows in the same task, so the
    // browser's selectionchange event cannot have reached the editor yet (as on a quiet
    // machine, where End and Enter came faster than that event).
    const selectionChanges = await page.evaluate((sel) => {
      let seen = 0;
      document.addEventListener('selectionchange', () => seen++);
      const paragraph = document.querySelector(`${sel} p`)!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      range.collapse(false);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const root = document.querySelector('[data-testid="item-editor-content"]')!;
      root.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          bubbles: true,
          cancelable: true,
        }),
      );
      return seen;
    }, VERHANDLUNG);
    expect(selectionChanges).toBe(0);
    await expect
      .poll(async () =>
        (await page.locator(`${VERHANDLUNG} p`).allInnerTexts()).map((t) => t.trim()),
      )
      .toEqual([
        'Text Beratungsunterlage ist die Vorlage des Referats … vom …, GRDrs 288/2018, mit folgendem',
        '',
      ]);
  });

  it('Tab in the open menu takes the entry, even with a gap further on the line', async () => {
    const editor = await open();
    const { page } = editor;
    await insertUnterlage(page);
    await caretAtStart(page, `${VERHANDLUNG} p`);
    await page.keyboard.type('/einm');
    await page.waitForSelector(`${MENU} [role="option"]`);
    await page.keyboard.press('Tab');
    await page.waitForSelector(MENU, { state: 'detached' });
    await expect
      .poll(async () => (await page.locator(VERHANDLUNG).innerText()).trim())
      .toBe(
        'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.Text Beratungsunterlage ist die Vorlage des Referats … vom …, GRDrs 288/2018, mit folgendem',
      );
  });

  it('"/" inside a word or a date opens nothing; Escape keeps the typed text', async () => {
    const editor = await open();
    const { page } = editor;
    await page.keyboard.type('und/oder 2018/2019 ');
    await page.waitForTimeout(200);
    expect(await page.locator(MENU).count()).toBe(0);
    await page.keyboard.type('/xyz');
    await page.waitForSelector(MENU);
    expect(await page.locator(MENU).innerText()).toContain('Kein Textbaustein');
    await page.keyboard.press('Escape');
    await page.waitForSelector(MENU, { state: 'detached' });
    expect((await page.locator(VERHANDLUNG).innerText()).trim()).toBe('und/oder 2018/2019 /xyz');
  });
});

describe('snippets in suggestion mode', () => {
  it('an inserted snippet is a proposed insertion, its mention inside', async () => {
    const editor = await open({ suggestionMode: true, author: 'BM Dr. Mayer' });
    const { page } = editor;
    await page.keyboard.type('/fest');
    await page.waitForSelector(MENU);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${VERHANDLUNG} ins .pk-speaker`);
    expect((await page.locator(`${VERHANDLUNG} ins`).innerText()).trim()).toBe(
      'Abschließend stellt BM Dr. Mayer fest:',
    );
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    const runs = [...walkContent(content)].filter((n: NodeJSONBase) => n.type === 'suggestion');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ kind: 'insert', author: 'BM Dr. Mayer' });
  });
});

describe('the snippet dialog', () => {
  it('adds a snippet with a placeholder, refuses a doubled shortcut, saves, and the menu offers it', async () => {
    const editor = await open();
    const { page } = editor;
    await page.click('button[data-name="snippets"]');
    await page.waitForSelector(DIALOG);
    expect(await page.locator(`${DIALOG} [role="option"]`).count()).toBe(STARTER_SNIPPETS.length);
    await page.click(`${DIALOG} button[name="add"]`);
    await page.fill(`${DIALOG} input[name="name"]`, 'Dank');
    await page.fill(`${DIALOG} input[name="shortcut"]`, 'fest');
    await page.fill(`${DIALOG} textarea[name="text"]`, 'Es dankt ');
    await page.click(`${DIALOG} .pk-chip >> text="{Vorsitz}"`);
    await page.locator(`${DIALOG} textarea[name="text"]`).press('End');
    await page.locator(`${DIALOG} textarea[name="text"]`).pressSequentially(' allen.');
    expect(await page.locator(`${DIALOG} [data-testid="snippet-preview"]`).innerText()).toBe(
      'Es dankt BM Dr. Mayer allen.',
    );
    // "fest" is taken by "Feststellung des Vorsitzes".
    expect(await page.locator(`${DIALOG} [data-testid="snippet-message"]`).innerText()).toContain(
      'Das Kürzel „fest“ ist doppelt vergeben',
    );
    expect(await page.isDisabled(`${DIALOG} button[name="save"]`)).toBe(true);
    await page.fill(`${DIALOG} input[name="shortcut"]`, 'dank');
    await page.click(`${DIALOG} button[name="save"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const stored = await page.evaluate(() => window.editorHarness.snippetHost.stored);
    expect(stored?.snippets.at(-1)).toEqual({
      id: 'baustein-1',
      name: 'Dank',
      text: 'Es dankt {Vorsitz} allen.',
      shortcut: 'dank',
    });
    await caretAtEnd(page, `${VERHANDLUNG} p`);
    await page.keyboard.type('/dank');
    await page.waitForSelector(`${MENU} [data-entry="snippet:baustein-1"]`);
    await page.keyboard.press('Enter');
    expect((await page.locator(VERHANDLUNG).innerText()).trim()).toBe(
      'Es dankt BM Dr. Mayer allen.',
    );
  });

  it('exports the set to a file and imports one (added, or replacing), refusing a foreign file', async () => {
    const editor = await open();
    const { page } = editor;
    await page.click('button[data-name="snippets"]');
    await page.waitForSelector(DIALOG);
    const path = await page.inputValue(`${DIALOG} input[name="path"]`);
    expect(path).toBe('/home/clerk/Dokumente/Textbausteine.json');
    await page.click(`${DIALOG} button[name="export"]`);
    await page.waitForFunction(
      (d) =>
        document
          .querySelector(`${d} [data-testid="snippet-message"]`)!
          .textContent!.includes('Exportiert'),
      DIALOG,
    );
    const exported = await page.evaluate((p) => window.editorHarness.snippetHost.files[p], path);
    expect(JSON.parse(exported!).format).toBe(SNIPPET_FORMAT_ID);

    await page.evaluate(() => {
      const files = window.editorHarness.snippetHost.files;
      files['/tmp/fremd.json'] = '{"format": "protokollant/niederschrift", "version": 1}';
      files['/tmp/nachbar.json'] = JSON.stringify({
        format: 'protokollant/textbausteine',
        version: 1,
        name: 'Nachbargemeinde',
        snippets: [
          { id: 'schluss', name: 'Schluss (Nachbar)', text: '{Vorsitz} schließt die Sitzung.' },
          { id: 'pause', name: 'Pause', text: 'Die Sitzung wird unterbrochen.', shortcut: 'pause' },
        ],
      });
    });
    await page.fill(`${DIALOG} input[name="path"]`, '/tmp/fremd.json');
    await page.click(`${DIALOG} button[name="importAdd"]`);
    await page.waitForFunction(
      (d) => document.querySelector(`${d} .pk-snippet-message--error`) !== null,
      DIALOG,
    );
    expect(await page.locator(`${DIALOG} [data-testid="snippet-message"]`).innerText()).toContain(
      'keine Textbaustein-Datei',
    );
    await page.fill(`${DIALOG} input[name="path"]`, '/tmp/nachbar.json');
    await page.click(`${DIALOG} button[name="importAdd"]`);
    await page.waitForFunction(
      (d) => document.querySelectorAll(`${d} [role="option"]`).length === 13,
      DIALOG,
    );
    const names = await page.locator(`${DIALOG} [role="option"]`).allInnerTexts();
    // Same id replaced in place, a new one appended.
    expect(names).toContain('Schluss (Nachbar)');
    expect(names.at(-1)).toContain('Pause');
    await page.click(`${DIALOG} button[name="importReplace"]`);
    await page.waitForFunction(
      (d) => document.querySelectorAll(`${d} [role="option"]`).length === 2,
      DIALOG,
    );
    await page.click(`${DIALOG} button[name="save"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const stored = await page.evaluate(() => window.editorHarness.snippetHost.stored);
    expect(stored?.snippets.map((s) => s.id)).toEqual(['schluss', 'pause']);
  });
});

describe('read-only minutes', () => {
  it('no slash menu and no snippet dialog', async () => {
    const editor = await open({ readOnly: true });
    const { page } = editor;
    const before = await editor.getContent();
    await page.keyboard.type('/fest');
    await page.waitForTimeout(200);
    expect(await page.locator(MENU).count()).toBe(0);
    expect(await page.isDisabled('button[data-name="snippets"]')).toBe(true);
    expect(await editor.getContent()).toEqual(before);
  });
});
