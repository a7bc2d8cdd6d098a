import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemContent, NodeJSONBase } from '../core/content/nodes';
import { findContentIssue } from '../core/content/validate';
import { contentToPlainText, walkContent } from '../core/content/walk';
import { buildPrintDocument } from '../core/export/print-model';
import type { ProtocolDocument } from '../core/model/schema';
import { addComment, orphanedComments, resolveComment } from '../core/review/comments';
import { listSuggestions } from '../core/review/suggestions';
import {
  CONTENT,
  selectText,
  startEditorHarness,
  stuttgartDocument,
  stuttgartSections,
  type EditorHarness,
  type EditorPage,
} from './support/harness';
import { axeViolations } from './support/fit';

/**
 * Review in the editor, in Chromium: comments anchored on a selection (surviving edits, undo,
 * copy and paste, save and load) and suggestion mode (tracked insertions and deletions,
 * accept and reject, the JSON and the print model). Read-only minutes refuse all of it.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

const VERHANDLUNG = `${CONTENT} section[data-section="verhandlung"]`;
const FESTSTELLUNG = `${CONTENT} section[data-section="feststellung"]`;
const INPUT = '[data-testid="comment-input"]';

function marks(content: ItemContent): { ids: string[]; text: string }[] {
  return [...walkContent(content)]
    .filter((n: NodeJSONBase) => n.type === 'mark')
    .map((n) => ({
      ids: n.ids as string[],
      text: contentToPlainText({ root: { type: 'root', children: [n] } } as unknown as ItemContent),
    }));
}

function withContent(doc: ProtocolDocument, content: ItemContent): ProtocolDocument {
  const copy = structuredClone(doc);
  copy.items[0]!.content = content;
  return copy;
}

async function comment(page: Page, needle: string, text: string): Promise<void> {
  await selectText(page, VERHANDLUNG, needle);
  await page.keyboard.press('Control+Alt+m');
  await page.waitForSelector(`${INPUT} textarea`);
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector(INPUT, { state: 'detached' });
}

describe('comments', () => {
  it('anchors a comment on the selection; the mark survives edits in and around it, undo and redo', async () => {
    const doc = stuttgartDocument();
    const editor = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
    });
    const { page } = editor;
    await selectText(page, VERHANDLUNG, 'Digitalisierungen');
    expect(await page.isEnabled('button[data-name="comment"]')).toBe(true);
    await page.keyboard.press('Control+Alt+m');
    await page.waitForSelector(`${INPUT} textarea`);
    expect(await page.locator(INPUT).innerText()).toContain('„Digitalisierungen“');
    await page.keyboard.type('Welche Maßnahmen genau?');
    await page.screenshot({ path: '/tmp/editor-comment-input.png' });
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector(INPUT, { state: 'detached' });
    expect(await page.evaluate(() => window.editorHarness.comments)).toEqual([
      { id: 'c-1', quote: 'Digitalisierungen', text: 'Welche Maßnahmen genau?' },
    ]);
    expect(marks(await editor.getContent())).toEqual([{ ids: ['c-1'], text: 'Digitalisierungen' }]);

    // Typing inside the marked text extends the anchor; typing right before or after it does not.
    await selectText(page, `${VERHANDLUNG} mark`, 'isierungen', 'start');
    await page.keyboard.type('XX');
    await selectText(page, VERHANDLUNG, 'Innovative', 'end');
    await page.keyboard.type('n');
    await selectText(page, `${VERHANDLUNG} mark`, 'DigitalXXisierungen', 'end');
    await page.keyboard.type(' und mehr');
    expect(marks(await editor.getContent())).toEqual([
      { ids: ['c-1'], text: 'DigitalXXisierungen' },
    ]);
    expect(await page.locator(VERHANDLUNG).innerText()).toContain(
      'Innovativen DigitalXXisierungen und mehr,',
    );

    // Undo back to before the comment: no mark; redo: the same anchor again.
    const undo = async (times: number) => {
      for (let i = 0; i < times; i++) await page.keyboard.press('Control+z');
    };
    await undo(3);
    expect(marks(await editor.getContent())).toEqual([{ ids: ['c-1'], text: 'Digitalisierungen' }]);
    await undo(1);
    expect(marks(await editor.getContent())).toEqual([]);
    await page.keyboard.press('Control+y');
    expect(marks(await editor.getContent())).toEqual([{ ids: ['c-1'], text: 'Digitalisierungen' }]);

    // Save and load: the anchor is part of the content JSON.
    const saved = await editor.getContent();
    expect(findContentIssue(saved)).toBeNull();
    const reopened = await harness.open({
      content: saved,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
    });
    expect(await reopened.page.locator(`${VERHANDLUNG} mark`).innerText()).toBe(
      'Digitalisierungen',
    );
    expect(marks(await reopened.getContent())).toEqual(marks(saved));
  });

  it('a pasted copy of marked text carries no anchor: the thread stays on the original', async () => {
    const doc = stuttgartDocument();
    const editor = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
    });
    const { page } = editor;
    await comment(page, 'IT-Sicherheit', 'Begriff prüfen');
    await selectText(page, VERHANDLUNG, 'Innovative Digitalisierungen, IT-Sicherheit');
    await page.keyboard.press('Control+c');
    await selectText(page, FESTSTELLUNG, 'stellt fest:', 'end');
    await page.keyboard.press('Control+v');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)!.textContent!.includes('IT-Sicherheit'),
      FESTSTELLUNG,
    );
    const content = await editor.getContent();
    expect(contentToPlainText(content).match(/IT-Sicherheit\//g)?.length).toBeGreaterThanOrEqual(1);
    expect(marks(content)).toEqual([{ ids: ['c-1'], text: 'IT-Sicherheit' }]);
    expect(await page.locator(`${FESTSTELLUNG} mark`).count()).toBe(0);
  });

  it('clicks select a thread; the active thread stands out, resolved ones are fainter; deleting the text orphans it', async () => {
    const base = stuttgartDocument();
    const editor = await harness.open({
      content: base.items[0]!.content,
      sections: stuttgartSections(),
      document: base,
      comments: true,
    });
    const { page } = editor;
    await comment(page, 'IT-Effizienzmanagement', 'Was heißt das?');
    await page.click(`${VERHANDLUNG} mark`);
    expect(await page.evaluate(() => window.editorHarness.selectedComments)).toEqual(['c-1']);

    await page.evaluate(() => window.editorHarness.update({ activeCommentId: 'c-1' }));
    await page.waitForSelector(`${VERHANDLUNG} mark.pk-comment--active`);
    // The host resolves the thread (core resolveComment): the mark steps back.
    const added = addComment(base, {
      id: 'c-1',
      itemId: base.items[0]!.id,
      quote: 'IT-Effizienzmanagement',
      author: 'Häbe',
      text: 'Was heißt das?',
      at: '2018-06-28T09:00:00Z',
    }).document;
    const resolved = resolveComment(added, 'c-1', 'Mayer', '2018-06-29T09:00:00Z');
    await page.evaluate(
      (d) => window.editorHarness.update({ document: d, activeCommentId: null }),
      resolved,
    );
    await page.waitForSelector(`${VERHANDLUNG} mark.pk-comment--resolved:not(.pk-comment--active)`);
    await page.screenshot({ path: '/tmp/editor-comment-resolved.png' });

    // Deleting all of the marked text leaves the thread without an anchor.
    await selectText(page, VERHANDLUNG, 'IT-Effizienzmanagement');
    await page.keyboard.press('Backspace');
    const content = await editor.getContent();
    expect(marks(content)).toEqual([]);
    expect(orphanedComments(withContent(resolved, content)).map((c) => c.id)).toEqual(['c-1']);
  });

  it('removeCommentAnchor takes a deleted thread out of the text, keeping the text', async () => {
    const doc = stuttgartDocument();
    const editor = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
    });
    const { page } = editor;
    await comment(page, 'IT-Sicherheit', 'eins');
    expect(await page.evaluate(() => window.editorHarness.handle().commentAnchors())).toEqual([
      'c-1',
    ]);
    expect(
      await page.evaluate(() => window.editorHarness.handle().removeCommentAnchor('c-1')),
    ).toBe(1);
    const content = await editor.getContent();
    expect(marks(content)).toEqual([]);
    expect(contentToPlainText(content)).toContain('IT-Sicherheit/IT-Rechtskonformität');
  });
});

/** Every inline of the print model that carries a tracked change. */
function changes(value: unknown): { text: string; kind: string; author: string }[] {
  const found: { text: string; kind: string; author: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const change = o.change as { kind: string; author: string } | undefined;
      if (typeof o.text === 'string' && change) {
        found.push({ text: o.text, kind: change.kind, author: change.author });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return found;
}

async function suggesting(): Promise<{ editor: EditorPage; doc: ProtocolDocument }> {
  const doc = stuttgartDocument();
  const editor = await harness.open({
    content: doc.items[0]!.content,
    sections: stuttgartSections(),
    document: doc,
    suggestionMode: true,
    author: 'BM Dr. Mayer',
  });
  const { page } = editor;
  // The chair corrects the doubled verb, adds a word and replaces another.
  await selectText(page, FESTSTELLUNG, 'stellt fest', 'start');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Delete');
  await selectText(page, FESTSTELLUNG, 'fest:', 'end');
  await page.keyboard.type(' Folgendes');
  await selectText(page, VERHANDLUNG, 'kurzfristig');
  await page.keyboard.type('kurzzeitig');
  return { editor, doc };
}

describe('suggestion mode', () => {
  it('typing and deleting are proposed, not made; the JSON validates and prints as changes', async () => {
    const { editor, doc } = await suggesting();
    const { page } = editor;
    expect(await page.locator(`${FESTSTELLUNG} del`).innerText()).toBe('stellt ');
    expect(await page.locator(`${FESTSTELLUNG} ins`).innerText()).toBe(' Folgendes');
    const list = await page.evaluate(() => window.editorHarness.handle().listSuggestions());
    expect(list.map((s) => [s.kind, s.text, s.author])).toEqual([
      ['delete', 'kurzfristig', 'BM Dr. Mayer'],
      ['insert', 'kurzzeitig', 'BM Dr. Mayer'],
      ['delete', 'stellt ', 'BM Dr. Mayer'],
      ['insert', ' Folgendes', 'BM Dr. Mayer'],
    ]);
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    expect(listSuggestions(content).map((s) => s.id)).toEqual(list.map((s) => s.id));
    expect(changes(buildPrintDocument(withContent(doc, content)))).toEqual([
      { text: 'kurzfristig', kind: 'delete', author: 'BM Dr. Mayer' },
      { text: 'kurzzeitig', kind: 'insert', author: 'BM Dr. Mayer' },
      { text: 'stellt ', kind: 'delete', author: 'BM Dr. Mayer' },
      { text: ' Folgendes', kind: 'insert', author: 'BM Dr. Mayer' },
    ]);
    // Who and when, on hover.
    await page.hover(`${FESTSTELLUNG} ins`);
    expect(await page.getAttribute(`${FESTSTELLUNG} ins`, 'title')).toMatch(
      /^Eingefügt von BM Dr\. Mayer, \d/,
    );
    await page.screenshot({ path: '/tmp/editor-suggestions.png' });
  });

  it('accept one, reject one (from the text), accept all: each one undo step', async () => {
    const { editor } = await suggesting();
    const { page } = editor;
    const list = await page.evaluate(() => window.editorHarness.handle().listSuggestions());
    const folgendes = list.find((s) => s.text === ' Folgendes')!.id;
    expect(
      await page.evaluate((id) => window.editorHarness.handle().acceptSuggestion(id), folgendes),
    ).toBe(1);
    expect(await page.locator(`${FESTSTELLUNG} ins`).count()).toBe(0);

    // Reject the deletion from its own popover.
    await page.click(`${FESTSTELLUNG} del`);
    await page.waitForSelector('[data-testid="suggestion-actions"]');
    expect(await page.locator('[data-testid="suggestion-actions"]').innerText()).toContain(
      'Gelöscht von BM Dr. Mayer',
    );
    await page.screenshot({ path: '/tmp/editor-suggestion-popover.png' });
    await page.click('[data-testid="suggestion-actions"] button[name="reject"]');
    expect((await page.locator(FESTSTELLUNG).innerText()).trim()).toBe(
      'Abschließend stellt BM Dr. Mayer stellt fest: Folgendes',
    );

    expect(await page.evaluate(() => window.editorHarness.handle().acceptAll())).toBe(2);
    const text = await page.locator(VERHANDLUNG).innerText();
    expect(text).toContain('reagierten auf die kurzzeitig gesehenen Aufgabenstellungen');
    expect(text).not.toContain('kurzfristig');
    expect(await page.evaluate(() => window.editorHarness.handle().listSuggestions())).toEqual([]);
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    expect([...walkContent(content)].some((n: NodeJSONBase) => n.type === 'suggestion')).toBe(
      false,
    );

    // One undo step brings all of "accept all" back.
    await page.locator(CONTENT).focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.editorHarness.handle().listSuggestions().length === 2);
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => window.editorHarness.handle().listSuggestions().length === 0);
  });

  it('Alt+Enter in a suggestion opens Annehmen/Ablehnen; the keyboard alone decides, the caret stays at the change; axe finds nothing', async () => {
    const { editor } = await suggesting();
    const { page } = editor;
    const ACTIONS = '[data-testid="suggestion-actions"]';
    const focusIs = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'body';
        if (active.closest('[data-testid="suggestion-actions"]')) {
          return `actions:${active.getAttribute('name') ?? active.tagName}`;
        }
        return active.closest('[contenteditable="true"]') ? 'text' : active.tagName;
      });
    const suggestions = () =>
      page.evaluate(() =>
        window.editorHarness
          .handle()
          .listSuggestions()
          .map((s) => `${s.kind === 'insert' ? '+' : '-'}${s.text}`),
      );
    const paragraphs = () => page.locator(`${VERHANDLUNG} p`).count();
    const before = await paragraphs();
    // Suggestion mode names the key in its badge.
    expect(await page.getByTestId('suggestion-mode').innerText()).toContain(
      'Alt+Eingabe im Vorschlag: Annehmen oder Ablehnen',
    );

    // The caret is right after the typed "kurzzeitig": Alt+Enter opens its actions, the focus
    // on "Annehmen", the key named in the popover.
    await page.keyboard.press('Alt+Enter');
    await page.waitForSelector(ACTIONS);
    await expect.poll(focusIs).toBe('actions:accept');
    const shown = await page.locator(ACTIONS).innerText();
    expect(shown).toContain('Eingefügt von BM Dr. Mayer');
    expect(shown).toContain('Alt+Eingabe');
    expect(await axeViolations(page, ACTIONS)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Tab and Shift+Tab go round the two buttons and stay in the popover.
    await page.keyboard.press('Tab');
    await expect.poll(focusIs).toBe('actions:reject');
    await page.keyboard.press('Tab');
    await expect.poll(focusIs).toBe('actions:accept');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusIs).toBe('actions:reject');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusIs).toBe('actions:accept');

    // Escape closes it and puts the caret back where it was: typing extends the insertion.
    await page.keyboard.press('Escape');
    await page.waitForSelector(ACTIONS, { state: 'detached' });
    await expect.poll(focusIs).toBe('text');
    await page.keyboard.type('e');
    await expect.poll(suggestions).toContain('+kurzzeitige');
    await page.keyboard.press('Backspace');
    await expect.poll(suggestions).toContain('+kurzzeitig');

    // Enter on "Annehmen": accepted, back in the text right after the accepted word.
    await page.keyboard.press('Alt+Enter');
    await page.waitForSelector(ACTIONS);
    await expect.poll(focusIs).toBe('actions:accept');
    await page.keyboard.press('Enter');
    await page.waitForSelector(ACTIONS, { state: 'detached' });
    await expect.poll(focusIs).toBe('text');
    expect(await suggestions()).toEqual(['-kurzfristig', '-stellt ', '+ Folgendes']);
    await page.keyboard.type(' X');
    await expect
      .poll(() => page.locator(VERHANDLUNG).innerText())
      .toContain('kurzzeitig X gesehenen');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(suggestions).toEqual(['-kurzfristig', '-stellt ', '+ Folgendes']);

    // Left over the accepted word to the proposed deletion before it: Tab to "Ablehnen",
    // Enter keeps the word.
    for (let i = 0; i < 'kurzzeitig'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    await page.waitForSelector(ACTIONS);
    expect(await page.locator(ACTIONS).innerText()).toContain('Gelöscht von BM Dr. Mayer');
    await expect.poll(focusIs).toBe('actions:accept');
    await page.keyboard.press('Tab');
    await expect.poll(focusIs).toBe('actions:reject');
    await page.keyboard.press('Enter');
    await page.waitForSelector(ACTIONS, { state: 'detached' });
    await expect.poll(focusIs).toBe('text');
    expect(await suggestions()).toEqual(['-stellt ', '+ Folgendes']);
    expect(await page.locator(VERHANDLUNG).innerText()).toContain(
      'kurzfristigkurzzeitig gesehenen',
    );

    // Away from any suggestion or mention Alt+Enter does nothing: no popover, no new paragraph.
    await page.keyboard.press('End');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('Z');
    await expect.poll(suggestions).toContain('+Z');
    expect(await page.locator(ACTIONS).count()).toBe(0);
    expect(await paragraphs()).toBe(before);
  });

  it('cut proposes the deletion and still copies the text', async () => {
    const { editor } = await suggesting();
    const { page } = editor;
    await selectText(page, VERHANDLUNG, 'Insbesondere betont er, ');
    await page.keyboard.press('Control+x');
    await page.waitForFunction(() =>
      window.editorHarness
        .handle()
        .listSuggestions()
        .some((s) => s.text === 'Insbesondere betont er, '),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Insbesondere betont er, ',
    );
    // The text is still there, struck through, until the deletion is accepted.
    expect(await page.locator(VERHANDLUNG).innerText()).toContain('dargestellt. Insbesondere');
  });

  it('reject all restores the text as it was; outside suggestion mode typing is plain again', async () => {
    const { editor, doc } = await suggesting();
    const { page } = editor;
    expect(await page.evaluate(() => window.editorHarness.handle().rejectAll())).toBe(4);
    // What was proposed for deletion is back as plain text, what was proposed to insert gone.
    expect(contentToPlainText(await editor.getContent())).toBe(
      contentToPlainText(doc.items[0]!.content),
    );
    await page.evaluate(() => window.editorHarness.update({ suggestionMode: false }));
    await selectText(page, FESTSTELLUNG, 'fest:', 'end');
    await page.keyboard.type(' X');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await page.evaluate(() => window.editorHarness.handle().listSuggestions())).toEqual([]);
  });
});

describe('read-only minutes', () => {
  it('refuse comments, suggestions and their resolution; comment marks stay clickable', async () => {
    const doc = stuttgartDocument();
    const writable = await harness.open({
      content: doc.items[0]!.content,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
      suggestionMode: true,
      author: 'Mayer',
    });
    await comment(writable.page, 'IT-Sicherheit', 'eins');
    await selectText(writable.page, FESTSTELLUNG, 'fest:', 'end');
    await writable.page.keyboard.type(' neu');
    const signed = await writable.getContent();

    const editor = await harness.open({
      content: signed,
      sections: stuttgartSections(),
      document: doc,
      comments: true,
      suggestionMode: true,
      author: 'Mayer',
      readOnly: true,
    });
    const { page } = editor;
    await selectText(page, VERHANDLUNG, 'Digitalisierungen');
    expect(await page.isDisabled('button[data-name="comment"]')).toBe(true);
    await page.keyboard.press('Control+Alt+m');
    await page.keyboard.type('geht nicht');
    await page.keyboard.press('Backspace');
    await page.click(`${FESTSTELLUNG} ins`);
    await page.waitForTimeout(200);
    expect(await page.locator(INPUT).count()).toBe(0);
    expect(await page.locator('[data-testid="suggestion-actions"]').count()).toBe(0);
    const handle = await page.evaluate(() => {
      const h = window.editorHarness.handle();
      const id = h.listSuggestions()[0]!.id;
      return [
        h.acceptSuggestion(id),
        h.rejectSuggestion(id),
        h.acceptAll(),
        h.rejectAll(),
        h.removeCommentAnchor('c-1'),
      ];
    });
    expect(handle).toEqual([0, 0, 0, 0, 0]);
    expect(await editor.getContent()).toEqual(signed);
    await page.click(`${VERHANDLUNG} mark`);
    expect(await page.evaluate(() => window.editorHarness.selectedComments)).toEqual(['c-1']);
  });
});
