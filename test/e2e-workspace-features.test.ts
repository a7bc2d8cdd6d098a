import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { customText } from '../core/text/protocol-text';
import { parseProtokoll } from '../core/file/format';
import { listSuggestions } from '../core/review/suggestions';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { docxPart, textOf } from './support/docx';
import { selectText } from './support/harness';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';
import { exported } from './support/export';

vi.setConfig(patientPolls);

const AUSSPRACHE = '[data-region="text"] section[data-title="Aussprache:"]';

/**
 * What turns the editor into a minutes tool, in the app itself: a speaker from the roster by
 * "@", a vote whose counts are checked against attendance, a comment on a selection, and a
 * change proposed in suggestion mode — all saved into the file.
 */
describe('minutes tools in the workspace', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let file: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-tools-'));
    file = join(dir, 'kleinweiler.protokoll');
    await writeFile(file, await readFile(KLEINWEILER_EXAMPLE));
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('mentions, votes, comments and suggestions end up in the saved minutes', async () => {
    const { page, errors } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    await page.getByRole('listbox').getByText('Sanierung der Grundschule').click();
    const lastWords = 'Die Arbeiten sollen in den Osterferien beginnen.';
    await selectText(page, AUSSPRACHE, lastWords, 'end');
    await page.keyboard.press('Enter');

    // "@Hah" offers GR Hahn from the roster; first mention in this item carries the group.
    await page.keyboard.type('Dazu ergänzt @Hah');
    await page.waitForSelector('[data-testid="mention-menu"]');
    await page.keyboard.press('Enter');
    await page.keyboard.type(', die Kosten seien gedeckt.');
    await expect
      .poll(() => page.locator(AUSSPRACHE).innerText())
      .toContain('Dazu ergänzt GR Hahn (SPD), die Kosten seien gedeckt.');

    // A vote: 6/1/2 while fewer are entitled is flagged in the dialog before it is inserted.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+b');
    const dialog = page.getByTestId('vote-dialog');
    await expect
      .poll(() => dialog.getByTestId('vote-presence').innerText())
      .toMatch(/stimmberechtigt: \d+/);
    const entitled = Number(
      /stimmberechtigt: (\d+)/.exec(await dialog.getByTestId('vote-presence').innerText())![1],
    );
    await dialog.locator('input[name="outcome"][value="mehrheitlich-zugestimmt"]').check();
    await dialog.locator('input[name="yes"]').fill(String(entitled));
    await dialog.locator('input[name="no"]').fill('1');
    await dialog.locator('input[name="abstain"]').fill('0');
    await expect
      .poll(() => dialog.locator('[data-key="check.vote.countsExceedEntitled"]').count())
      .toBe(1);
    await dialog.locator('input[name="yes"]').fill(String(entitled - 1));
    await expect.poll(() => dialog.locator('[data-testid="vote-findings"] li').count()).toBe(0);
    await dialog.getByRole('button', { name: /Einfügen|Übernehmen/ }).click();
    await expect
      .poll(() => page.locator(AUSSPRACHE).innerText())
      .toContain(`Abstimmungsergebnis: Ja ${entitled - 1}, Nein 1, Enthaltung 0`);

    // A comment on a selection.
    await selectText(page, AUSSPRACHE, 'die Kosten seien gedeckt');
    await page.keyboard.press('Control+Alt+m');
    await page.waitForSelector('[data-testid="comment-input"] textarea');
    await page.keyboard.type('Bitte Zahl aus der Vorlage ergänzen.');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('[data-testid="comment-input"]', { state: 'detached' });

    // Suggestion mode: typing is proposed, not made.
    await page.getByTestId('suggestion-toggle').click();
    await selectText(page, AUSSPRACHE, lastWords, 'end');
    await page.keyboard.type(' Vorgeschlagen.');
    await page.getByTestId('suggestion-toggle').click();

    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('kleinweiler.protokoll');
    const saved = parseProtokoll(await readFile(file, 'utf8'), 'saved');
    const item = saved.items.find((i) => i.number === '4')!;
    const text = contentToPlainText(item.content, customText(saved, item));
    expect(text).toContain('Dazu ergänzt GR Hahn (SPD), die Kosten seien gedeckt.');
    expect(text).toContain(`Abstimmungsergebnis: Ja ${entitled - 1}, Nein 1, Enthaltung 0`);
    expect(saved.comments.map((c) => [c.itemId, c.quote, c.text])).toEqual([
      [item.id, 'die Kosten seien gedeckt', 'Bitte Zahl aus der Vorlage ergänzen.'],
    ]);
    const suggestions = listSuggestions(item.content);
    expect(suggestions.map((s) => [s.kind, s.text.trim()])).toEqual([['insert', 'Vorgeschlagen.']]);
    expect(errors).toEqual([]);
  });

  it('exports open comments into the DOCX as Word comments when the clerk says so', async () => {
    const { page } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('kleinweiler.protokoll');
    // The saved minutes carry the comment of the test before.
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Exportieren als DOCX/ }).click();
    const ask = page.getByTestId('choice-dialog');
    // Minutes with a non-public part first ask which version (issue 12): the full one here.
    await expect.poll(() => ask.textContent()).toContain('Welche Fassung?');
    await ask.getByRole('button', { name: 'Vollständig (intern)' }).click();
    await expect.poll(() => ask.textContent()).toContain('einen offenen Kommentar');
    await ask.getByRole('button', { name: 'Mit Kommentaren' }).click();
    const picker = page.getByTestId('file-picker');
    await picker.getByRole('textbox').fill('Durchsicht');
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await exported(page, 'Durchsicht.docx', 60_000);
    const docx = new Uint8Array(await readFile(join(dir, 'Durchsicht.docx')));
    expect(textOf(docxPart(docx, 'word/comments.xml'))).toContain(
      'Bitte Zahl aus der Vorlage ergänzen.',
    );
    expect(docxPart(docx, 'word/document.xml')).toContain('w:commentRangeStart');
  });
});
