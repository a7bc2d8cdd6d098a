import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMeeting } from './support/test-meeting';
import type { ItemContent, NodeJSONBase } from '../core/content/nodes';
import type { VoteJSON } from '../core/content/nodes-protocol';
import { findContentIssue } from '../core/content/validate';
import { walkContent } from '../core/content/walk';
import { findTemplate } from '../core/templates/registry';
import {
  caretAtEnd,
  CONTENT,
  startEditorHarness,
  type EditorHarness,
  type EditorPage,
} from './support/harness';

/**
 * Vote results in Chromium: the dialog with its live view of who is entitled at the item and
 * what the vote check finds, inserting and editing a vote node, and read-only minutes.
 * The test meeting: a council of 9 (mayor and 8 councillors), one excused, so 8 entitled.
 */

let harness: EditorHarness;
beforeAll(async () => {
  harness = await startEditorHarness();
});
afterAll(async () => {
  await harness?.close();
});

const DIALOG = '[data-testid="vote-dialog"]';
const ASSPRACHE = `${CONTENT} section[data-section="aussprache"]`;

function sections() {
  return findTemplate('gemeinderat-sitzung')!.sections;
}

async function open(extra: Record<string, unknown> = {}): Promise<EditorPage> {
  const doc = testMeeting();
  const editor = await harness.open({
    content: doc.items[0]!.content,
    sections: sections(),
    document: doc,
    itemId: 'top-1',
    ...extra,
  });
  return editor;
}

function votes(content: ItemContent): VoteJSON[] {
  return [...walkContent(content)].filter(
    (n: NodeJSONBase) => n.type === 'vote',
  ) as unknown as VoteJSON[];
}

async function findingKeys(page: Page): Promise<string[]> {
  return page.$$eval(`${DIALOG} [data-testid="vote-findings"] li`, (items) =>
    items.map((li) => (li as HTMLElement).dataset.key ?? ''),
  );
}

async function fill(page: Page, name: string, value: string): Promise<void> {
  await page.fill(`${DIALOG} input[name="${name}"]`, value);
}

describe('the vote dialog', () => {
  it('shows who is entitled and flags 6/1/2 with 8 entitled; inserts the corrected vote', async () => {
    const editor = await open();
    const { page } = editor;
    await caretAtEnd(page, `${ASSPRACHE} p`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+b');
    await page.waitForSelector(DIALOG);
    expect(await page.locator(`${DIALOG} [data-testid="vote-presence"]`).innerText()).toBe(
      'Bei TOP 1 anwesend: 9, stimmberechtigt: 8',
    );
    await page.check(`${DIALOG} input[name="outcome"][value="mehrheitlich-zugestimmt"]`);
    // A majority needs its counts: the fields are there, and the check asks for them.
    await page.waitForSelector(`${DIALOG} input[name="yes"]`);
    await fill(page, 'yes', '6');
    await fill(page, 'no', '1');
    await fill(page, 'abstain', '2');
    await page.waitForFunction(
      (d) => document.querySelector(`${d} [data-key="check.vote.countsExceedEntitled"]`) !== null,
      DIALOG,
    );
    expect(await findingKeys(page)).toEqual(['check.vote.countsExceedEntitled']);
    const flagged = await page
      .locator(`${DIALOG} [data-key="check.vote.countsExceedEntitled"]`)
      .innerText();
    expect(flagged).toContain('9');
    expect(flagged).toContain('8');
    expect(await page.locator(`${DIALOG} [data-testid="vote-preview"]`).innerText()).toContain(
      'Abstimmungsergebnis: Ja 6, Nein 1, Enthaltung 2',
    );
    await page.screenshot({ path: screenshotPath('vote-dialog') });
    await fill(page, 'abstain', '1');
    await page.waitForFunction(
      (d) => document.querySelectorAll(`${d} [data-testid="vote-findings"] li`).length === 0,
      DIALOG,
    );
    await page.click(`${DIALOG} button[name="submit"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const shown = await page.locator(ASSPRACHE).innerText();
    expect(shown).toContain('Der Gemeinderat stimmt dem Beschlussantrag mehrheitlich zu.');
    expect(shown).toContain('Abstimmungsergebnis: Ja 6, Nein 1, Enthaltung 1');
    const content = await editor.getContent();
    expect(findContentIssue(content)).toBeNull();
    expect(votes(content)).toContainEqual({
      type: 'vote',
      version: 1,
      outcome: 'mehrheitlich-zugestimmt',
      subject: 'dem Beschlussantrag',
      counts: { yes: 6, no: 1, abstain: 1 },
      namedVotes: [],
      excluded: [],
    });
    // The caret is in the text after the vote: typing goes on there.
    await page.keyboard.type('Weiter.');
    expect(await page.locator(ASSPRACHE).innerText()).toContain('Weiter.');
    expect(editor.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('a double click on a vote, or Enter on a selected one, edits it in the same dialog', async () => {
    const editor = await open();
    const { page } = editor;
    const vote = `${CONTENT} section[data-section="beschluss"] .pk-vote-body`;
    await page.dblclick(vote);
    await page.waitForSelector(DIALOG);
    expect(await page.locator(`${DIALOG} h2`).innerText()).toBe('Abstimmungsergebnis ändern');
    expect(await page.isChecked(`${DIALOG} input[name="outcome"][value="einstimmig"]`)).toBe(true);
    // Gut is excluded for bias: 7 entitled, and the vote names him.
    await page.check(`${DIALOG} input[name="excluded"][value="p-g"]`);
    await page.waitForFunction(
      (d) =>
        document
          .querySelector(`${d} [data-testid="vote-presence"]`)!
          .textContent!.includes('stimmberechtigt: 7'),
      DIALOG,
    );
    await page.click(`${DIALOG} button[name="submit"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await page.locator(vote).innerText()).toContain(
      'GR Gut (FW) hat wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
    );
    expect(votes(await editor.getContent())[0]!.excluded).toEqual(['p-g']);
    // One undo step takes the change back.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (v) => !document.querySelector(v)!.textContent!.includes('Befangenheit'),
      vote,
    );
    // Select by click, open by Enter; Escape leaves it as it was.
    await page.click(vote);
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    expect(votes(await editor.getContent())[0]!.excluded).toEqual([]);
  });

  it('a roll call fills the counts from the names, in roster order', async () => {
    const editor = await open();
    const { page } = editor;
    await caretAtEnd(page, `${ASSPRACHE} p`);
    await page.click('button[data-name="vote"]');
    await page.waitForSelector(DIALOG);
    await page.check(`${DIALOG} input[name="outcome"][value="mehrheitlich-abgelehnt"]`);
    await page.check(`${DIALOG} input[name="named"]`);
    await page.selectOption(`${DIALOG} select[name="named-p-c"]`, 'ja');
    await page.selectOption(`${DIALOG} select[name="named-p-a"]`, 'nein');
    await page.selectOption(`${DIALOG} select[name="named-p-b"]`, 'nein');
    expect(await page.inputValue(`${DIALOG} input[name="no"]`)).toBe('2');
    await page.click(`${DIALOG} button[name="submit"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const inserted = votes(await editor.getContent()).find(
      (v) => v.outcome === 'mehrheitlich-abgelehnt',
    )!;
    expect(inserted.counts).toEqual({ yes: 1, no: 2, abstain: 0 });
    expect(inserted.namedVotes.map((n) => n.personId)).toEqual(['p-a', 'p-b', 'p-c']);
    expect(await page.locator(ASSPRACHE).innerText()).toContain(
      'Namentliche Abstimmung: Ja: GR Claus (SPD); Nein: GR Arnold (CDU), GRin Berger (CDU)',
    );
  });

  it('the slash menu offers the vote result too', async () => {
    const editor = await open();
    const { page } = editor;
    await caretAtEnd(page, `${ASSPRACHE} p`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('/abst');
    await page.waitForSelector('[data-testid="slash-menu"] [data-entry="command:vote"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    await page.click(`${DIALOG} button[name="submit"]`);
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const text = await page.locator(ASSPRACHE).innerText();
    expect(text).toContain('Der Gemeinderat stimmt dem Beschlussantrag einmütig zu.');
    expect(text).not.toContain('/abst');
    expect(votes(await editor.getContent())).toHaveLength(2);
  });
});

describe('read-only minutes', () => {
  it('no vote dialog from the shortcut, the toolbar or a double click', async () => {
    const editor = await open({ readOnly: true });
    const { page } = editor;
    const before = await editor.getContent();
    await caretAtEnd(page, `${ASSPRACHE} p`);
    await page.keyboard.press('Control+Alt+b');
    await page.dblclick(`${CONTENT} .pk-vote-body`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(await page.locator('button[data-name="vote"]').isDisabled()).toBe(true);
    expect(await editor.getContent()).toEqual(before);
  });
});

function screenshotPath(name: string): string {
  return `${process.env.PROTOKOLLANT_SCREENSHOTS ?? '/tmp'}/editor-${name}.png`;
}
