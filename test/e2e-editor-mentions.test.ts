import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemContent, NodeJSONBase } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { walkContent } from '../core/content/walk';
import { buildPrintDocument, printDocumentText } from '../core/export/print-model';
import type { ProtocolDocument } from '../core/model/schema';
import {
  caretAtEnd,
  CONTENT,
  emptyStuttgartItem,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
  type EditorPage,
} from './support/harness';
import { axeViolations } from './support/fit';

/**
 * Speaker mentions in Chromium: the "@" typeahead over the roster, first and later mentions
 * in the house style, joint mentions with "+", the article, and the roster as the one source
 * of the words.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

const VERHANDLUNG = `${CONTENT} section[data-section="verhandlung"]`;
const MENU = '[data-testid="mention-menu"]';

async function openEmpty(doc: ProtocolDocument, extra: Record<string, unknown> = {}) {
  const editor = await harness.open({
    content: emptyStuttgartItem(),
    sections: stuttgartSections(),
    document: doc,
    ...extra,
  });
  await caretAtEnd(editor.page, `${VERHANDLUNG} p`);
  return editor;
}

// A paragraph ending in a mention has a line break after it in the DOM: trim.
const text = async (editor: EditorPage) =>
  (await editor.page.locator(VERHANDLUNG).innerText()).trim();

function speakers(content: ItemContent): NodeJSONBase[] {
  return [...walkContent(content)].filter((n: NodeJSONBase) => n.type === 'speaker');
}

function printed(doc: ProtocolDocument, content: ItemContent): string {
  const copy = structuredClone(doc);
  copy.items[0]!.content = content;
  return printDocumentText(buildPrintDocument(copy)).join('\n');
}

describe('the "@" typeahead', () => {
  it('filters the roster as the clerk types and names the first mention with group, later without', async () => {
    const doc = stuttgartDocument();
    const editor = await openEmpty(doc);
    const { page } = editor;
    await page.keyboard.type('Dazu sagt @');
    await page.waitForSelector(MENU);
    // All of the roster at first, members before staff.
    const all = await page.locator(`${MENU} [role="option"]`).count();
    expect(all).toBe(doc.people.length);
    await page.keyboard.type('Per');
    await page.waitForFunction(
      (m) => document.querySelectorAll(`${m} [role="option"]`).length === 1,
      MENU,
    );
    expect(await page.locator(`${MENU} [role="option"]`).innerText()).toContain('StR Perc (SPD)');
    await page.keyboard.press('Enter');
    await page.waitForSelector(MENU, { state: 'detached' });
    await page.keyboard.type(', das sei gut. Später ergänzt @perc');
    await page.waitForSelector(`${MENU} [data-person="p-perc"]`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(' etwas.');
    expect(await text(editor)).toBe(
      'Dazu sagt StR Perc (SPD), das sei gut. Später ergänzt StR Perc etwas.',
    );
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    expect(speakers(content).map((s) => s.personIds)).toEqual([['p-perc'], ['p-perc']]);
    // Print says the same as the screen.
    expect(printed(doc, content)).toContain(
      'Dazu sagt StR Perc (SPD), das sei gut. Später ergänzt StR Perc etwas.',
    );
    expect(editor.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('Escape closes the menu and leaves the typed text; "@" inside a word opens nothing', async () => {
    const editor = await openEmpty(stuttgartDocument());
    const { page } = editor;
    await page.keyboard.type('@Rei');
    await page.waitForSelector(MENU);
    await page.keyboard.press('Escape');
    await page.waitForSelector(MENU, { state: 'detached' });
    await page.keyboard.type(' post@stuttgart');
    await page.waitForTimeout(200);
    expect(await page.locator(MENU).count()).toBe(0);
    expect(await text(editor)).toBe('@Rei post@stuttgart');
    expect(speakers(await editor.getContent())).toEqual([]);
  });

  it('Ctrl+Shift+2 and the toolbar button open the typeahead at the caret', async () => {
    const editor = await openEmpty(stuttgartDocument());
    const { page } = editor;
    await page.keyboard.type('Es spricht');
    await page.keyboard.press('Control+Shift+2');
    await page.waitForSelector(MENU);
    await page.keyboard.type('Urb');
    await page.keyboard.press('Enter');
    await page.keyboard.type('. Dann');
    await page.click('button[data-name="mention"]');
    await page.waitForSelector(MENU);
    await page.keyboard.type('Reich');
    await page.keyboard.press('Enter');
    expect(await text(editor)).toBe(
      'Es spricht StR Urbat (SÖS-LINKE-PluS). Dann Herr Reichert (HauptPersA)',
    );
  });
});

describe('joint mentions', () => {
  it('"+" right after a mention adds the next person to it, as in the reference', async () => {
    const doc = stuttgartDocument();
    const editor = await openEmpty(doc);
    const { page } = editor;
    await page.keyboard.type('@Rei');
    await page.waitForSelector(`${MENU} [data-person="p-reiners"]`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('+Dep');
    await page.waitForSelector(`${MENU} [data-person="p-deparnay"]`);
    // The menu says whom the person joins, and leaves out who is already named.
    expect(await page.locator(MENU).textContent()).toContain('Gemeinsam mit StR Dr. Reiners (CDU)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('+Per');
    await page.waitForSelector(`${MENU} [data-person="p-perc"]`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(' begrüßen die Vorlage.');
    expect(await text(editor)).toBe(
      'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD) begrüßen die Vorlage.',
    );
    const content = await editor.getContent();
    expect(speakers(content)).toEqual([
      { type: 'speaker', version: 1, personIds: ['p-reiners', 'p-deparnay', 'p-perc'] },
    ]);
    expect(printed(doc, content)).toContain(
      'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD) begrüßen die Vorlage.',
    );
  });

  it('inside a sentence the joint mention gets "die"; the article can be changed on the mention', async () => {
    const doc = stuttgartDocument();
    const editor = await openEmpty(doc);
    const { page } = editor;
    await page.keyboard.type('Auf Nachfrage @Dep');
    await page.waitForSelector(`${MENU} [data-person="p-deparnay"]`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('+Urb');
    await page.waitForSelector(`${MENU} [data-person="p-urbat"]`);
    await page.keyboard.press('Enter');
    expect(await text(editor)).toBe(
      'Auf Nachfrage die StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS)',
    );
    await page.click(`${VERHANDLUNG} .pk-speaker`);
    await page.waitForSelector('[data-testid="speaker-options"]');
    await page.check('[data-testid="speaker-options"] input[name="article"][value="der"]');
    expect(await text(editor)).toBe(
      'Auf Nachfrage der StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS)',
    );
    expect(speakers(await editor.getContent())[0]).toMatchObject({ article: 'der' });
    // Taking a person out of the mention.
    await page.click('[data-testid="speaker-options"] button[aria-label^="StR Urbat"]');
    expect(await text(editor)).toBe('Auf Nachfrage StRin Deparnay-Grunenberg (90/GRÜNE)');
  });

  it('the options open with Alt+Enter at the mention and work with the keyboard alone; axe finds nothing', async () => {
    const doc = stuttgartDocument();
    const editor = await openEmpty(doc);
    const { page } = editor;
    const OPTIONS = '[data-testid="speaker-options"]';
    const focusIs = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'body';
        if (active.closest('[data-testid="speaker-options"]')) {
          return `options:${(active as HTMLInputElement).value ?? active.tagName}`;
        }
        return active.closest('[contenteditable="true"]') ? 'text' : active.tagName;
      });
    await page.keyboard.type('Auf Nachfrage @Dep');
    await page.waitForSelector(`${MENU} [data-person="p-deparnay"]`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('+Urb');
    await page.waitForSelector(`${MENU} [data-person="p-urbat"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(MENU, { state: 'detached' });
    expect(await text(editor)).toBe(
      'Auf Nachfrage die StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS)',
    );

    // The caret is right after the mention: Alt+Enter opens its options, the focus on the
    // article that is set.
    await page.keyboard.press('Alt+Enter');
    await page.waitForSelector(OPTIONS);
    await expect.poll(focusIs).toBe('options:die');
    expect(await page.locator(OPTIONS).innerText()).toContain('Alt+Eingabe');
    expect(await axeViolations(page, OPTIONS)).toEqual([]);
    // Arrows move through the articles (and set them, as radios do); Tab goes round the
    // popover's controls and stays in it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusIs).toBe('options:der');
    await expect
      .poll(() => text(editor))
      .toBe('Auf Nachfrage der StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS)');
    await page.keyboard.press('Tab');
    await expect.poll(focusIs).toMatch(/^options:/);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusIs).toBe('options:der');
    // Enter takes it and goes back to the text, the caret after the mention.
    await page.keyboard.press('Enter');
    await page.waitForSelector(OPTIONS, { state: 'detached' });
    await expect.poll(focusIs).toBe('text');
    await page.keyboard.type(' fragen nach.');
    expect(await text(editor)).toBe(
      'Auf Nachfrage der StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS) fragen nach.',
    );
    const content = await editor.getContent();
    expect(speakers(content)[0]).toMatchObject({ article: 'der' });
    expect(printed(doc, content)).toContain(
      'Auf Nachfrage der StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS) fragen nach.',
    );

    // Back with the arrows to right after the mention (the text runs on after it): Space
    // chooses, Escape closes, typing goes on after the mention.
    for (let i = 0; i < ' fragen nach.'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    await page.waitForSelector(OPTIONS);
    await expect.poll(focusIs).toBe('options:der');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusIs).toBe('options:den');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusIs).toBe('options:der');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => text(editor)).toMatch(/^Auf Nachfrage die StRe Deparnay-Grunenberg/);
    await page.keyboard.press('Escape');
    await page.waitForSelector(OPTIONS, { state: 'detached' });
    await expect.poll(focusIs).toBe('text');
    await page.keyboard.type(' selbst');
    expect(await text(editor)).toBe(
      'Auf Nachfrage die StRe Deparnay-Grunenberg (90/GRÜNE) und Urbat (SÖS-LINKE-PluS) selbst fragen nach.',
    );
    expect(speakers(await editor.getContent())[0]).toMatchObject({ article: 'die' });
  });
});

describe('the roster is the one source of the words', () => {
  it('renaming a person in the document changes every mention of them at once', async () => {
    const doc = stuttgartDocument();
    const editor = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
    });
    const { page } = editor;
    const before = await text(editor);
    expect(before).toContain('Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc');
    expect(before).toContain('Für StRin Deparnay-Grunenberg ist wichtig');
    const renamed = structuredClone(doc);
    renamed.people = renamed.people.map((p) =>
      p.id === 'p-deparnay' ? { ...p, familyName: 'Deparnay', title: 'Dr.', group: 'GRÜNE' } : p,
    );
    await page.evaluate((d) => window.editorHarness.update({ document: d }), renamed);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)!.textContent!.includes('Dr. Deparnay (GRÜNE)'),
      VERHANDLUNG,
    );
    const after = await text(editor);
    expect(after).not.toContain('Deparnay-Grunenberg');
    // The joint mention, the first single mention with the group, later ones without.
    expect(after).toContain('Die StRe Dr. Reiners (CDU), Dr. Deparnay (GRÜNE) und Perc (SPD)');
    expect(after).toContain('Für StRin Dr. Deparnay ist wichtig');
    // The text itself did not change: mentions hold ids.
    const content = await editor.getContent();
    expect(JSON.stringify(content)).not.toContain('Deparnay');
  });
});

describe('read-only minutes', () => {
  it('"@" and Ctrl+Shift+2 open nothing, a click on a mention offers nothing', async () => {
    const doc = stuttgartDocument();
    const editor = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
      readOnly: true,
    });
    const { page } = editor;
    const before = await editor.getContent();
    await caretAtEnd(page, `${VERHANDLUNG} p`);
    await page.keyboard.type('@Per');
    await page.keyboard.press('Control+Shift+2');
    await page.click(`${VERHANDLUNG} .pk-speaker >> nth=0`);
    await page.waitForTimeout(200);
    expect(await page.locator(MENU).count()).toBe(0);
    expect(await page.locator('[data-testid="speaker-options"]').count()).toBe(0);
    expect(await page.locator('button[data-name="mention"]').isDisabled()).toBe(true);
    expect(await editor.getContent()).toEqual(before);
  });
});

describe('the "@" and the "/" menu are one typeahead menu', () => {
  it('each is a listbox the text points into; arrows move and wrap, Escape closes; axe finds nothing', async () => {
    const editor = await openEmpty(stuttgartDocument(), { snippets: true });
    const { page } = editor;
    const pointedAt = () =>
      page.locator(CONTENT).evaluate((root) => root.getAttribute('aria-activedescendant'));
    for (const [trigger, testId] of [
      ['@', 'mention-menu'],
      ['/', 'slash-menu'],
    ] as const) {
      await page.keyboard.type(trigger);
      const menu = page.getByTestId(testId);
      const options = menu.getByRole('option');
      await options.first().waitFor();
      const count = await options.count();
      expect(count).toBeGreaterThan(2);
      // The same parts in the same places: a head, the options, a hint of the keys.
      expect(await menu.locator('.pk-typeahead-head').count()).toBe(1);
      expect(await menu.locator('.pk-typeahead-hint').count()).toBe(1);
      const listbox = page.getByRole('listbox');
      expect(await listbox.count()).toBe(1);
      expect(await listbox.getAttribute('aria-label')).toBeTruthy();
      const ids = await options.evaluateAll((els) => els.map((el) => el.id));
      await expect.poll(pointedAt).toBe(ids[0]);
      expect(await options.first().getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await expect.poll(pointedAt).toBe(ids[1]);
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      expect(await options.first().getAttribute('aria-selected')).toBe('false');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect.poll(pointedAt).toBe(ids[count - 1]);
      expect(await axeViolations(page, '.pk-typeahead-anchor')).toEqual([]);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await pointedAt()).toBeNull();
      // The typed trigger stays; a space ends it before the next menu.
      await page.keyboard.type(' ');
    }
    expect(await text(editor)).toBe('@ /');
  });
});
